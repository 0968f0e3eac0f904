namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The one way a survey link is shown to people, on the assessment page and in the API.</summary>
public static class SurveyLinkUrl
{
    /// <summary>The absolute address respondents open: {scheme}://{host}{pathBase}/s/{token}.</summary>
    public static string For(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(token);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/s/{Uri.EscapeDataString(token)}";
    }
}
