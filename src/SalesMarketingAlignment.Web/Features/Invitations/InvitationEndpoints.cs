using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Invitations;

/// <summary>The body of POST /invitations: a department, an optional role, and either emails or a count of anonymous codes.</summary>
public sealed class CreateInvitationsBody
{
    /// <summary>"Sales" or "Marketing".</summary>
    public string? Department { get; set; }

    /// <summary>"Head" or "Staff": fixes the role of everyone invited; leave out to let each respondent choose.</summary>
    public string? Role { get; set; }

    /// <summary>Email addresses, one invitation each (at most 10,000).</summary>
    public IReadOnlyList<string?>? Emails { get; set; }

    /// <summary>A number of anonymous codes to hand out on paper (1-10,000), instead of emails.</summary>
    public int? Count { get; set; }
}

public sealed record CreatedInvitation(long Id, string Department, string? Role, string? Email, string Url);

public sealed record CreatedInvitations(IReadOnlyList<CreatedInvitation> Invitations);

/// <summary>An invitation as the consultant sees it: used or not, never which response it gave.</summary>
public sealed record InvitationDto(
    long Id, string Department, string? Role, string? Email, string? Name, string Url, bool Used, DateOnly? SentOn, DateOnly? RemindedOn, string? SendError);

public sealed record InvitationsDto(IReadOnlyList<InvitationDto> Invitations);

public sealed record AddressResultDto(long InvitationId, string Email, string Status, string? Error);

/// <summary>A delivery: Kind "Invitation" or "Reminder"; each address "Queued", "Sent" or "Failed" (with the reason).</summary>
public sealed record DeliveryDto(string Kind, int Total, int Sent, int Failed, bool Finished, IReadOnlyList<AddressResultDto> Results)
{
    public static DeliveryDto From(DeliveryProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(progress.Kind.ToString(), progress.Total, progress.Sent, progress.Failed, progress.Finished,
            progress.Results.Select(r => new AddressResultDto(r.InvitationId, r.Email, r.Status.ToString(), r.Error)).ToList());
    }
}

public sealed record RoleParticipationDto(string? Role, int Invited, int Answered, decimal? Rate);

public sealed record DepartmentParticipationDto(string Department, int Invited, int Answered, decimal? Rate, long OpenLinkResponses, IReadOnlyList<RoleParticipationDto> Roles);

public sealed record ParticipationDto(IReadOnlyList<DepartmentParticipationDto> Departments)
{
    public static ParticipationDto From(Participation participation)
    {
        ArgumentNullException.ThrowIfNull(participation);
        return new(participation.Departments.Select(d => new DepartmentParticipationDto(
            d.Department.ToString(), d.Invited, d.Answered, Round(d.Rate), d.OpenLinkResponses,
            d.Roles.Select(r => new RoleParticipationDto(r.Role?.ToString(), r.Invited, r.Answered, Round(r.Rate))).ToList())).ToList());
    }

    private static decimal? Round(decimal? rate) => rate is { } r ? Math.Round(r, 4) : null;
}

/// <summary>Invitations (consultants of the organization) and participation (every member) over the same use cases as the Invitations page.</summary>
public static class InvitationEndpoints
{
    /// <summary>Largest body of POST /invitations: 10,000 addresses of up to 254 characters.</summary>
    public const int MaxCreateBodyBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var invitations = api.MapGroup("/assessments/{id:int}/invitations")
            .RequireOrganization(OrganizationSource.Assessment("id"), changeOnly: true)
            .WithTags("Invitations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        invitations.MapPost("", CreateAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxCreateBodyBytes))
            .AcceptsJson<CreateInvitationsBody>()
            .Produces<CreatedInvitations>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Invite people of one department by email, or create anonymous codes; a bad address refuses the whole list (errors per index)");
        invitations.MapGet("", ListAsync)
            .Produces<InvitationsDto>()
            .WithSummary("The invitations with their personal links, whether each was used and when it was sent (never which response it gave)");
        invitations.MapPost("/send", (int id, bool? failedOnly, HttpContext context, SendInvitations send, CancellationToken cancellationToken) =>
                SendAsync(id, new SendInvitationsRequest(DeliveryKind.Invitation, failedOnly ?? false), context, send, cancellationToken))
            .Produces<DeliveryDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Email the personal links not sent yet (failedOnly=true: retry the failed addresses); 202 with each address's state");
        invitations.MapPost("/remind", (int id, bool? failedOnly, HttpContext context, SendInvitations send, CancellationToken cancellationToken) =>
                SendAsync(id, new SendInvitationsRequest(DeliveryKind.Reminder, failedOnly ?? false), context, send, cancellationToken))
            .Produces<DeliveryDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Email a reminder to the invitations sent but not used yet; 202 with each address's state");
        invitations.MapGet("/delivery", GetDelivery)
            .Produces<DeliveryDto>()
            .WithSummary("Progress of the latest send or reminder: counts and each address's result");

        api.MapGet("/assessments/{id:int}/participation", GetParticipationAsync)
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .WithTags("Invitations")
            .Produces<ParticipationDto>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Invited and answered per department and role, and responses through open links (every member of the organization)");
        return api;
    }

    private static async Task<IResult> CreateAsync(int id, HttpContext context, ImportInvitations import, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadValidAsync<CreateInvitationsBody>(context, cancellationToken, MaxCreateBodyBytes);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var value = body.Value!;
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<Department>(value.Department, out var department) || !Enum.IsDefined(department) || value.Department!.Any(char.IsDigit))
        {
            errors["department"] = ["Send \"Sales\" or \"Marketing\"."];
        }

        RespondentRole? role = null;
        if (value.Role is not null)
        {
            if (RespondentRoles.TryParse(value.Role, out var parsed))
            {
                role = parsed;
            }
            else
            {
                errors["role"] = ["Send \"Head\" or \"Staff\", or leave the role out."];
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var request = new ImportInvitationsRequest(department, role, Emails: value.Emails, Count: value.Count);
        return await import.HandleAsync(id, request, cancellationToken) switch
        {
            ImportInvitations.Imported imported => TypedResults.Created(
                $"/api/v1/assessments/{id}/invitations",
                new CreatedInvitations(imported.Invitations.Select(i => new CreatedInvitation(
                    i.Id, i.Department.ToString(), i.Role?.ToString(), i.Email, SurveyLinkUrl.For(context.Request, i.Token))).ToList())),
            ImportInvitations.Invalid invalid => ApiProblems.Invalid(invalid.Errors
                .GroupBy(e => e.LineNumber > 0 ? string.Create(CultureInfo.InvariantCulture, $"emails[{e.LineNumber - 1}]")
                    : (value.Count is null) == (value.Emails is null) ? "body"
                    : value.Count is not null ? "count" : "emails")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
            ImportInvitations.Closed => ApiProblems.Conflict("The assessment is closed: it takes no more invitations."),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<IResult> ListAsync(int id, HttpContext context, ListInvitations list, CancellationToken cancellationToken)
    {
        var rows = await list.HandleAsync(id, cancellationToken);
        return TypedResults.Ok(new InvitationsDto(rows.Select(r => new InvitationDto(
            r.Id, r.Department.ToString(), r.Role?.ToString(), r.Email, r.Name, SurveyLinkUrl.For(context.Request, r.Token), r.Used, r.SentOn, r.RemindedOn, r.SendError)).ToList()));
    }

    private static async Task<IResult> SendAsync(
        int id, SendInvitationsRequest request, HttpContext context, SendInvitations send, CancellationToken cancellationToken) =>
        await send.HandleAsync(id, request, SurveyLinkUrl.Prefix(context.Request), cancellationToken) switch
        {
            SendInvitations.Queued queued => TypedResults.Accepted($"/api/v1/assessments/{id}/invitations/delivery", DeliveryDto.From(queued.Progress)),
            SendInvitations.NotConfigured => ApiProblems.Conflict("Mail is not configured (Smtp:Host): download the personal links as CSV, or print the codes."),
            SendInvitations.NoPublicAddress => ApiProblems.Conflict("Emailed links must be complete addresses: set App:PublicBaseUrl (or list the site's host names in AllowedHosts)."),
            SendInvitations.Busy => ApiProblems.Conflict("A delivery of this assessment is still running; follow it at .../invitations/delivery."),
            SendInvitations.Closed => ApiProblems.Conflict("The assessment is closed: it sends no more invitations."),
            _ => ApiProblems.NotFound(),
        };

    private static IResult GetDelivery(int id, InvitationDelivery delivery) =>
        delivery.ProgressOf(id) is { } progress
            ? TypedResults.Ok(DeliveryDto.From(progress))
            : ApiProblems.NotFound("Nothing has been sent for this assessment since the app started.");

    private static async Task<IResult> GetParticipationAsync(int id, GetParticipation participation, CancellationToken cancellationToken) =>
        TypedResults.Ok(ParticipationDto.From(await participation.HandleAsync(id, cancellationToken)));
}
