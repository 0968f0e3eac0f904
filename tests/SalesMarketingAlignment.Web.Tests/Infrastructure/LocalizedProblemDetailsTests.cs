using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

public sealed class LocalizedProblemDetailsTests
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

    [Theory]
    [InlineData("ru", "Not found", "Не найдено")]
    [InlineData("ru", "The value of 'name' is not valid JSON of the expected type (line 1, position 9).", "Значение 'name' — недопустимый JSON ожидаемого типа (строка 1, позиция 9).")]
    [InlineData("nl", "Assessment 7 has no response 12 (it may have been excluded already).", "Onderzoek 7 heeft geen antwoord 12 (misschien is het al uitgesloten).")]
    [InlineData("en", "The request body is larger than the API accepts (1048576 bytes).", "The request body is larger than the API accepts (1048576 bytes).")]
    public void Text_EnglishOrFormattedFromATemplate_IsWordedInTheLanguage(string language, string english, string expected)
    {
        Text(language, english).Should().Be(expected);
    }

    [Fact]
    public void Text_SentenceThatOnlyLooksLikeAPageTemplate_StaysAsItIs()
    {
        // "{0} of {1}" is a page template; an unknown sentence with "of" in it must not be taken for it.
        Text("ru", "Some sentence of the framework.").Should().Be("Some sentence of the framework.");
    }

    private static string? Text(string language, string english)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return LocalizedProblemDetails.Text(english, Localizer);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
