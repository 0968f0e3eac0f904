using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Organizations;

/// <summary>Consultants (and administrators) add a client organization; its creator becomes its first member.</summary>
public sealed class CreateOrganization(AlignmentDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public sealed class Request
    {
        [Required(ErrorMessage = "Enter the name of the organization.")]
        [StringLength(Organization.NameMaxLength, ErrorMessage = "The name is too long.")]
        [Display(Name = "Name of the organization")]
        public string Name { get; set; } = "";
    }

    public abstract record Result;

    public sealed record Created(int Id, string Name) : Result;

    /// <summary>The caller's role may not create organizations (executives).</summary>
    public sealed record Forbidden : Result;

    /// <summary>Who may create: consultants and administrators (pages use it to show the link).</summary>
    public static bool IsAllowed(ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(Roles.Consultant) || user.IsInRole(Roles.Administrator));

    /// <summary>Call with a request that passed its data annotations.</summary>
    public async Task<Result> HandleAsync(Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsAllowed(user) || users.GetUserId(user) is not { } creatorId)
        {
            return new Forbidden();
        }

        var organization = Organization.Create(request.Name, creatorId, clock.Today());
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return new Created(organization.Id, organization.Name);
    }
}
