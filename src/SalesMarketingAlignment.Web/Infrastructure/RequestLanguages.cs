using System.Globalization;
using Microsoft.AspNetCore.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Survey;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Which language a request is answered in, first match wins: the query (<c>?lang=ru</c>, or <c>?ui-culture=ru</c> /
/// <c>?culture=ru</c>), the language cookie (the choice in the page header), the survey language of the assessment
/// behind a survey link (/s/{token}…, /api/v1/surveys/{token}…), then the browser's Accept-Language.
/// English dates are written day-month-year with the month's name ("25 November 2026"), never "11/25/2026".
/// </summary>
public static class RequestLanguages
{
    public const string LanguageQueryKey = "lang";

    /// <summary>English with unambiguous dates: "25 November 2026" for both the short and the long pattern.</summary>
    public static CultureInfo English { get; } = CreateEnglish();

    public static IList<CultureInfo> Supported { get; } =
        [.. SupportedCultures.All.Select(name => name == "en" ? English : CultureInfo.GetCultureInfo(name))];

    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultRequestCulture = new RequestCulture(English);
        options.SupportedCultures = Supported;
        options.SupportedUICultures = Supported;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { Options = options },
            new QueryStringRequestCultureProvider { Options = options, QueryStringKey = LanguageQueryKey, UIQueryStringKey = LanguageQueryKey },
            new CookieRequestCultureProvider { Options = options },
            new SurveyLanguageCultureProvider { Options = options },
            new AcceptLanguageHeaderRequestCultureProvider { Options = options },
        ];
    }

    private static CultureInfo CreateEnglish()
    {
        var english = (CultureInfo)CultureInfo.GetCultureInfo("en").Clone();
        english.DateTimeFormat.ShortDatePattern = "d MMMM yyyy";
        english.DateTimeFormat.LongDatePattern = "dddd, d MMMM yyyy";
        return CultureInfo.ReadOnly(english);
    }
}

/// <summary>The survey language the consultant set for the assessment behind a survey link or personal invitation; nothing for other paths.</summary>
internal sealed class SurveyLanguageCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (SurveyToken(httpContext.Request.Path) is not { } token)
        {
            return null;
        }

        // The same look-up the page or submission makes next (remembered for the request), so a request costs one query
        // at most: a submission (POST) may use the briefly cached link, a page reads it fresh.
        var links = httpContext.RequestServices.GetRequiredService<RequestSurveyLink>();
        var link = HttpMethods.IsPost(httpContext.Request.Method)
            ? await links.FindForSubmissionAsync(token, httpContext.RequestAborted)
            : await links.FindFreshAsync(token, httpContext.RequestAborted);
        return link is null ? null : new ProviderCultureResult(link.SurveyLanguage);
    }

    /// <summary>The token of /s/{token}… or /api/v1/surveys/{token}…; null for any other path or an overlong token.</summary>
    internal static string? SurveyToken(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var token = segments switch
        {
            ["s", var t, ..] => t,
            ["api", "v1", "surveys", var t, ..] => t,
            _ => null,
        };
        return token is { Length: > 0 and <= SurveyLink.TokenMaxLength } ? token : null;
    }
}
