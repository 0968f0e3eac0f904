using System.Globalization;
using System.Resources;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web;

namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>
/// The app's own words in a given language, read from the app's catalogue (English text as key), so that page objects
/// find buttons, links and fields by their accessible names in whatever language the page is shown.
/// </summary>
public static class AppTexts
{
    private static readonly ResourceManager Shared = new("SalesMarketingAlignment.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The page text whose English key is <paramref name="english"/>, in <paramref name="language"/> ("en", "ru", "nl").</summary>
    public static string Get(string language, string english, params object[] args)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var text = Shared.GetString(english, culture) ?? english;
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    /// <summary>"Sales" or "Marketing" as the page names the department.</summary>
    public static string Department(string language, string department) =>
        AlignmentWording.DepartmentName(Enum.Parse<Department>(department), CultureInfo.GetCultureInfo(language));
}
