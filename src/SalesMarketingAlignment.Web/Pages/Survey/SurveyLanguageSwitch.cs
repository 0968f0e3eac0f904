using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>The languages a respondent can switch to, each named in its own language, and the query that keeps the choice.</summary>
public static class SurveyLanguageSwitch
{
    public static IReadOnlyList<(string Code, string Name)> Languages { get; } = [("en", "English"), ("ru", "Русский"), ("nl", "Nederlands")];

    /// <summary>"?lang=ru" when the request chose a supported language by the query, else empty.</summary>
    public static string QueryOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Query[RequestLanguages.LanguageQueryKey].ToString();
        return SupportedCultures.All.Contains(language) ? $"?{RequestLanguages.LanguageQueryKey}={language}" : string.Empty;
    }
}
