using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// The Russian and Dutch resource files against the web project's source: every key used has a translation (no
/// English fallback), no entry is left over, and each translation keeps the key's placeholders.
/// </summary>
public sealed class SharedResourceParityTests
{
    private static readonly Lazy<LocalizerKeyScanner.ScanResult> Source = new(() => LocalizerKeyScanner.Scan(LocalizerKeyScanner.WebProjectDirectory));

    /// <summary>
    /// Call sites whose key is not a literal (file: expression as written) and every value that key can take. A new
    /// non-literal call site fails <see cref="Scan_NonLiteralKeys_AreAllMapped"/> until it is listed here.
    /// </summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> NonLiteralKeys = new(StringComparer.Ordinal)
    {
        ["Pages/Admin/Users/Index.cshtml: user.Role"] = Roles.All,
        ["Pages/Admin/Users/Index.cshtml: role"] = Roles.All,
        ["Pages/Organizations/Details.cshtml: member.Role"] = Roles.All,
        ["Features/Users/PasswordRule.cs: text"] = [PasswordRule.TooShortText, PasswordRule.TooLongText],
        ["Features/Assessments/StartAssessment.cs: ErrorMessage = AnonymityRule.OutOfRangeMessage"] = [AnonymityRule.OutOfRangeMessage],

        // Data-annotation messages of API bodies: the ErrorMessage literals, which the scan already collects.
        ["Api/ApiJson.cs: e.Message"] = [],
        ["Pages/Admin/Audit/Index.cshtml: Model.KindText(row.Kind)"] = [.. SalesMarketingAlignment.Web.Pages.Admin.Audit.IndexModel.AllKindTexts],

        // The action plan (decision 0016): status and kind names, and the plan use case's messages.
        ["Pages/Assessments/_ActionPlan.cshtml: PlanCatalogue.KindName(item.Kind)"] = PlanCatalogue.KindNames,
        ["Pages/Assessments/_ActionPlan.cshtml: PlanCatalogue.StatusName(item.Status)"] = PlanCatalogue.StatusNames,
        ["Pages/Assessments/PlanItem.cshtml: PlanCatalogue.KindName(Model.Item.Kind)"] = PlanCatalogue.KindNames,
        ["Pages/Assessments/PlanItem.cshtml: PlanCatalogue.StatusName(status)"] = PlanCatalogue.StatusNames,
        ["Features/Plans/PlanReport.cs: PlanCatalogue.KindName(i.Kind)"] = PlanCatalogue.KindNames,
        ["Features/Plans/PlanReport.cs: PlanCatalogue.StatusName(i.Status)"] = PlanCatalogue.StatusNames,
        ["Features/Plans/PlanEndpoints.cs: e.Message"] = SavePlan.Messages,
        ["Pages/Assessments/PlanItem.cshtml.cs: error.Message"] = SavePlan.Messages,

        // ProblemDetails are worded as they are written, from the English text or the template it was formatted from.
        ["Infrastructure/LocalizedProblemDetails.cs: english"] = LocalizedProblemDetails.Texts,
        ["Infrastructure/LocalizedProblemDetails.cs: template.Key"] = LocalizedProblemDetails.Texts,
    };

    public static TheoryData<string> Cultures => ["ru", "nl"];

    /// <summary>Every key the web project can pass to the shared localizer.</summary>
    public static IReadOnlySet<string> UsedKeys() =>
        Source.Value.Keys.Concat(NonLiteralKeys.Values.SelectMany(k => k)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Scan_NonLiteralKeys_AreAllMapped()
    {
        Source.Value.NonLiteralCallSites.Distinct().Should().BeEquivalentTo(
            NonLiteralKeys.Keys,
            "a localizer key that is not a string literal or constant must be listed in NonLiteralKeys with the values it can take");
    }

    [Fact]
    public void Scan_EachPattern_FindsItsKeys()
    {
        Source.Value.Keys.Should().Contain(
        [
            "Sign in", // @L["..."] in a view
            "{0} of {1} answered", // with arguments
            "Reasons to stay as you are", // one branch of a conditional key
            SignIn.WrongCredentialsText, // localizer[Constant] in C#
            "The role must be one of: {0}.", // localizer?["..."]
            "Enter your email.", // ErrorMessage = "..."
            "Name of the organization", // [Display(Name = "...")]
            "The value '{0}' is not valid for {1}.", // model-binding messages
        ]);
        Source.Value.Keys.Count.Should().BeGreaterThan(200);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Resx_EveryUsedKey_HasTranslation(string culture)
    {
        var entries = LocalizerKeyScanner.ReadResx(LocalizerKeyScanner.ResourcePath(culture));

        UsedKeys().Where(k => !entries.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value)).Order(StringComparer.Ordinal)
            .Should().BeEmpty($"every key used by the web project needs a translation in SharedResource.{culture}.resx");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Resx_Entries_AreAllUsed(string culture)
    {
        var used = UsedKeys();

        LocalizerKeyScanner.ReadResx(LocalizerKeyScanner.ResourcePath(culture)).Keys.Where(k => !used.Contains(k))
            .Should().BeEmpty($"SharedResource.{culture}.resx should hold no entry the source no longer uses");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Resx_Translations_KeepThePlaceholdersOfTheKey(string culture)
    {
        var mismatches = LocalizerKeyScanner.ReadResx(LocalizerKeyScanner.ResourcePath(culture))
            .Where(e => !LocalizerKeyScanner.Placeholders(e.Key).SequenceEqual(LocalizerKeyScanner.Placeholders(e.Value)))
            .Select(e => $"{e.Key} => {e.Value}");

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Scan_NewUntranslatedViewText_IsReportedMissing()
    {
        var project = Directory.CreateTempSubdirectory("sma-scan-");
        try
        {
            File.WriteAllText(Path.Combine(project.FullName, "Page.cshtml"), "<h1>@L[\"Sign in\"]</h1><p>@L[\"A brand-new \\\"text\\\"\", 3]</p>");
            var entries = LocalizerKeyScanner.ReadResx(LocalizerKeyScanner.ResourcePath("ru"));

            var keys = LocalizerKeyScanner.Scan(project.FullName).Keys;

            keys.Should().BeEquivalentTo(["Sign in", "A brand-new \"text\""]);
            keys.Where(k => !entries.ContainsKey(k)).Should().Equal("A brand-new \"text\"");
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public void Placeholders_FormatItems_AreFoundWithTheirFormat()
    {
        LocalizerKeyScanner.Placeholders("{1} of {0:N1}, {{literal}}").Should().Equal("{0:N1}", "{1}");
    }
}
