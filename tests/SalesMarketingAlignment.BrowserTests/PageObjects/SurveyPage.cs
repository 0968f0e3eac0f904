using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.PageObjects;

/// <summary>/s/{token}: the anonymous survey (role, then 20 statements answered 1-5).</summary>
public sealed partial class SurveyPage(BrowserSession session, string token) : PageObject(session, $"/s/{token}")
{
    public const int StatementCount = 20;

    public string Token { get; } = token;

    /// <summary>Opens the page from a full survey link as a respondent received it.</summary>
    public static SurveyPage FromLink(BrowserSession session, string link)
    {
        var match = LinkPattern().Match(link);
        if (!match.Success || !link.StartsWith(session.BaseUrl + "/", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not a survey link of this site: {link}", nameof(link));
        }

        return new SurveyPage(session, match.Groups[1].Value);
    }

    public ILocator ErrorSummary => Page.Locator("#error-summary");

    public ILocator Progress => Page.Locator("#progress-count");

    public ILocator SendButton => Page.Locator("form[data-survey] button[type=submit]");

    /// <summary>The radio for answer <paramref name="value"/> (1-5) of statement <paramref name="statement"/>.</summary>
    public ILocator Answer(int statement, int value) =>
        Page.Locator($"#statement-{statement} input[type=radio][value='{value}']");

    public ILocator Role(string role) => Page.Locator($"input[name='Input.Role'][value='{role}']");

    /// <summary>Chooses the role and the answers by clicking (or tapping, on a touch device); null answers are skipped.</summary>
    public async Task ChooseAsync(string role, IReadOnlyList<int?> answers, bool tap = false)
    {
        await Pick(Role(role), tap);
        for (var n = 1; n <= answers.Count; n++)
        {
            if (answers[n - 1] is { } value)
            {
                await Pick(Answer(n, value), tap);
            }
        }
    }

    /// <summary>
    /// Answers with the keyboard only, as a keyboard user would: Tab to the skip link, Enter, Tab into the role
    /// group, Space (head) or Arrow Down (staff), then for each statement Tab into its group, Space on the first
    /// answer and Arrow Right up to the wanted one; finally Tab to the send button and Enter. Checks where the
    /// focus is after every Tab, so a broken tab order fails at the step where it breaks.
    /// </summary>
    public async Task<ThanksPage> AnswerAndSendByKeyboardAsync(string role, IReadOnlyList<int> answers)
    {
        var keyboard = Page.Keyboard;
        await keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.Locator("a.skip-link")).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main")).ToBeFocusedAsync();

        // The language links come first in the main content, one Tab each.
        var languages = Page.Locator(".survey-languages a");
        for (var i = 0; i < await languages.CountAsync(); i++)
        {
            await keyboard.PressAsync("Tab");
            await Assertions.Expect(languages.Nth(i)).ToBeFocusedAsync();
        }

        await keyboard.PressAsync("Tab");
        await Assertions.Expect(Role("Head")).ToBeFocusedAsync();
        await keyboard.PressAsync(role == "Head" ? "Space" : "ArrowDown");
        await Assertions.Expect(Role(role)).ToBeCheckedAsync();

        for (var n = 1; n <= answers.Count; n++)
        {
            await keyboard.PressAsync("Tab");
            await Assertions.Expect(Answer(n, 1)).ToBeFocusedAsync();
            await keyboard.PressAsync("Space");
            for (var value = 2; value <= answers[n - 1]; value++)
            {
                await keyboard.PressAsync("ArrowRight");
            }

            await Assertions.Expect(Answer(n, answers[n - 1])).ToBeCheckedAsync();
        }

        await keyboard.PressAsync("Tab");
        await Assertions.Expect(SendButton).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        var thanks = new ThanksPage(Session, Token);
        await thanks.AssertArrivedAsync();
        return thanks;
    }

    /// <summary>Sends the form and, when answers are missing, waits for the form to come back with its errors.</summary>
    public async Task SendExpectingErrorsAsync()
    {
        await SubmitAndWaitForNewDocumentAsync(() => SendButton.ClickAsync());
        await Assertions.Expect(ErrorSummary).ToBeVisibleAsync();
        await AssertArrivedAsync();
    }

    /// <summary>Sends the form and expects the thank-you page.</summary>
    public async Task<ThanksPage> SendAsync()
    {
        await SendButton.ClickAsync();
        var thanks = new ThanksPage(Session, Token);
        await thanks.AssertArrivedAsync();
        return thanks;
    }

    /// <summary>Numbers of the statements the page marks as missing an answer.</summary>
    public async Task<IReadOnlyList<int>> MarkedStatementsAsync()
    {
        var ids = await Page.Locator("fieldset.statement.missing[id^='statement-']")
            .EvaluateAllAsync<string[]>("elements => elements.map(e => e.id)");
        return ids.Select(id => int.Parse(id["statement-".Length..], CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The checked answer of every statement (null where none is checked), as the browser shows it.</summary>
    public async Task<IReadOnlyList<int?>> CheckedAnswersAsync()
    {
        var values = await Page.EvaluateAsync<string?[]>(
            $"() => Array.from({{ length: {StatementCount} }}, (_, i) => document.querySelector(`input[name='Input.Answers[${{i + 1}}]']:checked`)?.value ?? null)");
        return values.Select(v => v is null ? (int?)null : int.Parse(v, CultureInfo.InvariantCulture)).ToList();
    }

    private static Task Pick(ILocator radio, bool tap) => tap ? radio.TapAsync() : radio.CheckAsync();

    [GeneratedRegex(@"/s/([A-Za-z0-9_-]+)$")]
    private static partial Regex LinkPattern();
}
