using Microsoft.Playwright;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>The survey's optional Buying Funnel part (docs/decisions/0018-buying-funnel.md).</summary>
public sealed partial class SurveyPage
{
    public ILocator FunnelStages => Page.Locator("section.funnel-part fieldset.funnel-stage");

    /// <summary>The radio for <paramref name="lead"/> ("Marketing", "Sales", "Both", "NoOne") of the stage with API key <paramref name="stage"/>.</summary>
    public ILocator FunnelAnswer(string stage, string lead) =>
        Page.Locator($"#funnel-{stage} input[type=radio][value='{lead}']");

    /// <summary>Chooses who leads the given stages (others are left out) by clicking, or tapping on a touch device.</summary>
    public async Task ChooseFunnelAsync(IReadOnlyDictionary<string, string> leads, bool tap = false)
    {
        ArgumentNullException.ThrowIfNull(leads);
        foreach (var (stage, lead) in leads)
        {
            await Pick(FunnelAnswer(stage, lead), tap);
        }
    }
}
