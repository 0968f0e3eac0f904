using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The one way a survey link is shown to people, on the assessment page and in the API.</summary>
public static class SurveyLinkUrl
{
    /// <summary>
    /// The address respondents open, never taken from an unchecked Host header:
    /// <list type="number">
    /// <item>{App:PublicBaseUrl}/s/{token} when that is set;</item>
    /// <item>else {scheme}://{host}{pathBase}/s/{token} when AllowedHosts lists host names (the host filter has then
    /// refused any other Host before this runs);</item>
    /// <item>else the relative {pathBase}/s/{token} (the page makes it absolute from the browser's own address).</item>
    /// </list>
    /// </summary>
    public static string For(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Prefix(request) + "/s/" + Uri.EscapeDataString(token);
    }

    /// <summary>Any other link sent to people (invitations, password resets), by the same rule as survey links.</summary>
    public static string ForPath(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Prefix(request) + path;
    }

    /// <summary>What comes before "/s/{token}" by the rules of <see cref="For"/>; relative (no scheme) in the last case.</summary>
    public static string Prefix(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        if (services.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl is { } baseUrl)
        {
            return baseUrl;
        }

        return HostIsChecked(services.GetRequiredService<IOptions<HostFilteringOptions>>().Value)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : $"{request.PathBase}";
    }

    /// <summary>True when AllowedHosts names hosts and no wildcard that lets any Host through.</summary>
    private static bool HostIsChecked(HostFilteringOptions hostFiltering) =>
        hostFiltering.AllowedHosts.Count > 0 && !hostFiltering.AllowedHosts.Any(h => h is "*" or "");
}
