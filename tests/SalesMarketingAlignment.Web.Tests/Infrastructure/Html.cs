using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>Reads pages like a browser would: parse the HTML, fill a form (with its antiforgery token), post it.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.ShouldBeHtml(System.Net.HttpStatusCode.OK, $"GET {url}");
        return await ParseAsync(response);
    }

    /// <summary>The hidden fields (antiforgery token, submission key) of the form matching <paramref name="selector"/>.</summary>
    public static Dictionary<string, string> HiddenFields(this IDocument document, string selector = "main form[method=post]") =>
        document.HiddenPairs(selector).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>Every hidden field in order; a name may repeat (e.g. __Invariant).</summary>
    public static List<KeyValuePair<string, string>> HiddenPairs(this IDocument document, string selector = "main form[method=post]")
    {
        var form = document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{selector}' in {document.Url}.");
        return form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
    }

    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IDocument page, IEnumerable<KeyValuePair<string, string>> fields, string selector = "main form[method=post]")
    {
        var all = page.HiddenPairs(selector).Concat(fields).ToList();
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = AppFactory.Password)
    {
        var page = await client.GetDocumentAsync("/Account/Login");
        return await client.PostFormAsync("/Account/Login", page, [new("Input.Email", email), new("Input.Password", password)]);
    }

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
