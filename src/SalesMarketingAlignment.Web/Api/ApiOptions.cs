using System.ComponentModel.DataAnnotations;

namespace SalesMarketingAlignment.Web.Api;

/// <summary>"Api": limits of the JSON API.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest request body the API reads (bytes); larger bodies get 413. A survey response is under 1 KB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Requests per minute one client address may make to the anonymous endpoints (login, refresh, surveys). Generous,
    /// because a whole office behind one address may answer a survey at once; it only stops floods.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int AnonymousPermitsPerMinute { get; set; } = 300;
}
