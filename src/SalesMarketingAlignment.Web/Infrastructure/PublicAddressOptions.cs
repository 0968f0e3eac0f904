using Microsoft.Extensions.Options;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// "App:PublicBaseUrl": the address respondents reach the app at (scheme, host, optional port and path base), used for
/// every absolute link the app hands out, so that the request's Host header never decides where a link points.
/// </summary>
public sealed class PublicAddressOptions
{
    public const string SectionName = "App";
    public const string Key = SectionName + ":" + nameof(PublicBaseUrl);

    /// <summary>For example https://survey.example.com or https://example.com/alignment; empty when not configured.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The configured address without a trailing slash; null when none is set.</summary>
    public string? BaseUrl => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.Trim().TrimEnd('/');
}

/// <summary>Stops the app at start on a base URL that is not an absolute http(s) address, naming the setting.</summary>
internal sealed class PublicAddressOptionsValidator : IValidateOptions<PublicAddressOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicAddressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is not { } value)
        {
            return ValidateOptionsResult.Success;
        }

        var valid = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(uri.Host)
            && string.IsNullOrEmpty(uri.UserInfo)
            && string.IsNullOrEmpty(uri.Query)
            && string.IsNullOrEmpty(uri.Fragment);
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{PublicAddressOptions.Key} is '{options.PublicBaseUrl}', which is not an absolute http or https address "
                + "without query or fragment; use for example 'https://survey.example.com' or 'https://example.com/alignment'.");
    }
}
