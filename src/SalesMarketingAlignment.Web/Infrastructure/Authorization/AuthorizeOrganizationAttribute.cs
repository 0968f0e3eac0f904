using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SalesMarketingAlignment.Web.Infrastructure.Authorization;

/// <summary>
/// Applies <see cref="OrganizationAuthorizer"/> to a Razor page: put it on the PageModel with the route value that names
/// the organization or assessment. Answers 404 (not visible) or 403 (a post with read-only rights) before any handler runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeOrganizationAttribute(OrganizationSourceKind kind, string routeValue) : Attribute, IAsyncPageFilter
{
    private readonly OrganizationSource _source = new(kind, routeValue);

    /// <summary>Readers get 403 even on GET (see <see cref="OrganizationAuthorizer.AuthorizeAsync"/>).</summary>
    public bool ChangeOnly { get; set; }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        switch (await OrganizationAuthorizer.AuthorizeAsync(context.HttpContext, _source, ChangeOnly))
        {
            case OrganizationDecision.Allowed:
                await next();
                break;
            case OrganizationDecision.Forbidden:
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                break;
            default:
                context.Result = new NotFoundResult();
                break;
        }
    }
}
