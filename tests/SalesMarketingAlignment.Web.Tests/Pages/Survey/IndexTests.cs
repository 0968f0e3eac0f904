using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Survey;

public sealed class IndexTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private static IEnumerable<KeyValuePair<string, string>> Answers(Func<int, string?> answer) =>
        Enumerable.Range(1, 20)
            .Select(n => (n, value: answer(n)))
            .Where(a => a.value is not null)
            .Select(a => new KeyValuePair<string, string>($"Input.Answers[{a.n}]", a.value!));

    private static IEnumerable<KeyValuePair<string, string>> Form(string? role, Func<int, string?> answer) =>
        (role is null ? [] : new[] { new KeyValuePair<string, string>("Input.Role", role) }).Concat(Answers(answer));

    private async Task<(string SalesToken, string MarketingToken, int AssessmentId)> OpenAssessmentAsync(AssessmentStatus status = AssessmentStatus.Open)
    {
        var assessment = await _app.CreateAssessmentAsync("Acme " + Guid.NewGuid().ToString("N")[..6], status);
        return (assessment.Links.Single(l => l.Department == Department.Sales).Token,
            assessment.Links.Single(l => l.Department == Department.Marketing).Token, assessment.Id);
    }

    /// <summary>The UUID inside a key the form was given (it is sealed for the link: only the server can read it).</summary>
    private Guid KeyIn(string token, string issued)
    {
        _app.Services.GetRequiredService<SubmissionKeys>().TryRead(token, issued, out var key).Should().BeTrue();
        return key;
    }

    private Task<List<Response>> ResponsesAsync(int assessmentId) =>
        _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessmentId).ToListAsync());

    [Fact]
    public async Task Get_ValidToken_ShowsDepartmentIntroRoleAnd20StatementGroups()
    {
        var (sales, _, _) = await OpenAssessmentAsync();

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{sales}");

        page.Text("main").Should().Contain("Sales").And.Contain("5 minutes").And.Contain("anonymous");
        page.QuerySelectorAll("fieldset.statement legend").Should().HaveCount(21, "one for the role and one per statement");
        page.QuerySelectorAll("input[type=radio][name='Input.Role']").Select(i => i.GetAttribute("value")).Should().Equal("Head", "Staff");
        for (var n = 1; n <= 20; n++)
        {
            page.QuerySelectorAll($"input[type=radio][name='Input.Answers[{n}]']").Select(i => i.GetAttribute("value"))
                .Should().Equal("1", "2", "3", "4", "5");
        }

        page.Text("#progress-count").Should().Be("0 of 20 answered");
        var issued = page.HiddenFields()["Input.SubmissionKey"];
        Guid.TryParse(issued, out _).Should().BeFalse("the key is sealed by the server, not a plain UUID a client could make up");
        KeyIn(sales, issued).Should().NotBeEmpty();
        page.HiddenFields().Should().ContainKey("__RequestVerificationToken");
    }

    [Fact]
    public async Task Post_CompleteForm_StoresOneResponseAndShowsOwnTotalAndLevel()
    {
        var (_, marketing, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{marketing}");

        var response = await client.PostFormAsync($"/s/{marketing}", page, Form("Staff", n => n <= 10 ? "4" : "3"));

        response.ShouldBeRedirect();
        var thanksUrl = response.Headers.Location!.ToString();
        thanksUrl.Should().Be($"/s/{marketing}/thanks", "the address carries no key: only this browser's cookie says whose total to show");
        var thanks = await client.GetDocumentAsync(thanksUrl);
        thanks.Text("main").Should().Contain("70").And.Contain("Aligned");
        thanks.QuerySelectorAll(".levels dt").Should().HaveCount(4);

        var stored = (await ResponsesAsync(assessmentId)).Should().ContainSingle().Subject;
        stored.Department.Should().Be(Department.Marketing);
        stored.Role.Should().Be(RespondentRole.Staff);
        stored.Total.Should().Be(70);
        stored.A01.Should().Be(4);
        stored.A20.Should().Be(3);
        stored.SubmissionKey.Should().Be(KeyIn(marketing, page.HiddenFields()["Input.SubmissionKey"]));
    }

    [Fact]
    public async Task Post_MissingStatements_NamesThemAndKeepsGivenAnswers()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Head", n => n is 1 or 7 or 20 ? null : (1 + n % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        response.ShouldBeHtml(HttpStatusCode.OK);
        var again = await Html.ParseAsync(response);
        again.Text(".error-summary").Should().Contain("Not answered yet: 1, 7, 20.");
        again.QuerySelectorAll("fieldset.statement.missing").Select(f => f.Id).Should().Equal("statement-1", "statement-7", "statement-20");
        for (var n = 2; n <= 19; n++)
        {
            if (n == 7)
            {
                continue;
            }

            var checkedValue = again.QuerySelector($"input[name='Input.Answers[{n}]'][checked]")?.GetAttribute("value");
            checkedValue.Should().Be((1 + n % 5).ToString(System.Globalization.CultureInfo.InvariantCulture), $"statement {n} keeps its answer");
        }

        again.QuerySelector("input[name='Input.Role'][value=Head]")!.HasAttribute("checked").Should().BeTrue();
        again.Text("#progress-count").Should().Be("17 of 20 answered");
        again.HiddenFields()["Input.SubmissionKey"].Should().Be(page.HiddenFields()["Input.SubmissionKey"], "the same attempt keeps its key");
        (await ResponsesAsync(assessmentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_ValidToken_NamesTheOrganizationTellsHeadsAndShowsTheNumberedScale()
    {
        var assessment = await _app.CreateAssessmentAsync("Harbour Freight Ltd");
        var token = assessment.Links.Single(l => l.Department == Department.Sales).Token;

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}");

        page.Text(".survey-for").Should().Contain("Harbour Freight Ltd").And.Contain("Sales");
        page.Text("#head-notice").Should().Contain("head's view").And.Contain("not anonymous").And.Contain("at least 3");
        page.QuerySelector("#head-notice")!.Closest("fieldset")!.ClassList.Should().Contain("role-choice", "heads read it before choosing");
        var scale = page.QuerySelectorAll("#statement-1 .scale label");
        scale.Select(l => l.QuerySelector(".scale-number")!.TextContent).Should().Equal("1", "2", "3", "4", "5");
        scale[0].QuerySelector(".scale-label")!.TextContent.Should().Be("Strongly disagree");
        page.Text("#statement-1 .scale-ends").Should().Contain("1 = Strongly disagree").And.Contain("5 = Strongly agree");
        page.QuerySelector("form[data-survey]")!.GetAttribute("data-draft-key").Should().StartWith("survey-draft-").And.NotContain(token);
    }

    [Fact]
    public async Task Post_MissingStatements_LinksToEachUnansweredStatement()
    {
        var (sales, _, _) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", n => n is 3 or 12 ? null : "4"));

        var again = await Html.ParseAsync(response);
        again.QuerySelectorAll(".unanswered-links a").Select(a => a.GetAttribute("href")).Should().Equal("#statement-3", "#statement-12");
        again.GetElementById("statement-12").Should().NotBeNull();
    }

    [Fact]
    public async Task Post_CompleteForm_ThanksPageClearsTheDraftOfThisLinkOnly()
    {
        var (sales, marketing, _) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "3"));
        var thanks = await client.GetDocumentAsync(response.Headers.Location!.ToString());

        var cleared = thanks.QuerySelector("[data-survey-sent]")!.GetAttribute("data-survey-sent");
        cleared.Should().Be(page.QuerySelector("form[data-survey]")!.GetAttribute("data-draft-key"));
        cleared.Should().NotBe(Web.Pages.Survey.IndexModel.DraftKeyFor(marketing));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("3.5")]
    public async Task Post_AnswerNotOnScale_NamesStatementAndStoresNothing(string bad)
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", n => n == 5 ? bad : "3"));

        response.ShouldBeHtml(HttpStatusCode.OK);
        var again = await Html.ParseAsync(response);
        again.Text(".error-summary").Should().Contain("5");
        again.QuerySelectorAll("fieldset.statement.missing").Select(f => f.Id).Should().Equal("statement-5");
        (await ResponsesAsync(assessmentId)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Manager")]
    [InlineData("1")]
    [InlineData("head")]
    public async Task Post_BadRole_AsksForRoleAndStoresNothing(string? role)
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form(role, _ => "4"));

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text(".error-summary").Should().Contain("head of the department or a member of staff");
        (await ResponsesAsync(assessmentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Post_SameFormTwice_StoresOneResponseAndBothGoToThanks()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var first = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "2"));
        var second = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "2"));

        first.ShouldBeRedirect();
        second.ShouldBeRedirect();
        second.Headers.Location.Should().Be(first.Headers.Location);
        (await ResponsesAsync(assessmentId)).Should().ContainSingle();
    }

    [Fact]
    public async Task Post_DoubleClickAtOnce_StoresOneResponse()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var posts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "5"))));

        posts.Should().AllSatisfy(p => p.ShouldBeRedirect());
        (await ResponsesAsync(assessmentId)).Should().ContainSingle().Which.Total.Should().Be(100);
    }

    [Fact]
    public async Task Post_FiftyRespondentsAtOnce_AllStored()
    {
        var (sales, marketing, assessmentId) = await OpenAssessmentAsync();
        var respondents = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var client = _app.CreateBrowser();
            var token = i % 2 == 0 ? sales : marketing;
            return (client, token, page: await client.GetDocumentAsync($"/s/{token}"), i);
        }));

        var posts = await Task.WhenAll(respondents.Select(r =>
            r.client.PostFormAsync($"/s/{r.token}", r.page, Form(r.i % 10 == 0 ? "Head" : "Staff", n => (1 + (r.i + n) % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        posts.Should().AllSatisfy(p => p.ShouldBeRedirect());
        var stored = await ResponsesAsync(assessmentId);
        stored.Should().HaveCount(50);
        stored.Count(r => r.Department == Department.Sales).Should().Be(25);
        stored.Select(r => r.SubmissionKey).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Get_ClosedAssessment_ShowsClosedMessageWithoutForm()
    {
        var (sales, _, _) = await OpenAssessmentAsync(AssessmentStatus.Closed);

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{sales}");

        page.Text("main").Should().Contain("closed");
        page.QuerySelector("form[data-survey]").Should().BeNull();
    }

    [Fact]
    public async Task Post_AssessmentClosedAfterFormOpened_StoresNothingAndSaysClosed()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");
        await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "3"));

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text("main").Should().Contain("closed");
        (await ResponsesAsync(assessmentId)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3.5")]
    public async Task Post_AnswerNotANumber_SaysChooseOneOfTheFiveNotUnanswered(string bad)
    {
        // Resolved: the form reported such an answer as "not answered yet"; the API as "not a whole number".
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");

        var response = await client.PostFormAsync($"/s/{sales}", page, Form("Staff", n => n == 12 ? bad : "3"));

        var again = await Html.ParseAsync(response);
        again.Text(".error-summary").Should().Contain("Choose one of the five answers for statement(s) 12.").And.NotContain("Not answered yet");
        again.QuerySelectorAll("fieldset.statement.missing").Select(f => f.Id).Should().Equal("statement-12");
        (await ResponsesAsync(assessmentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Post_ClosedAssessmentWithGaps_SaysClosedWithoutListingGaps()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");
        await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var response = await client.PostFormAsync($"/s/{sales}", page, Form(null, n => n < 5 ? "3" : null));

        var again = await Html.ParseAsync(response);
        again.Text("main").Should().Contain("closed");
        again.QuerySelector(".error-summary").Should().BeNull();
        again.QuerySelector("form[data-survey]").Should().BeNull();
    }

    [Fact]
    public async Task Post_SameFormAgainAfterClosing_GoesToThanksWithoutStoringAgain()
    {
        // Resolved: the API answered a retry of a stored response after closing with 409, the form with "closed".
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");
        var first = await client.PostFormAsync($"/s/{sales}", page, Form("Head", _ => "4"));
        await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var again = await client.PostFormAsync($"/s/{sales}", page, Form("Head", _ => "4"));

        again.ShouldBeRedirect();
        again.Headers.Location.Should().Be(first.Headers.Location);
        (await client.GetDocumentAsync(again.Headers.Location!.ToString())).Text("main").Should().Contain("80");
        (await ResponsesAsync(assessmentId)).Should().ContainSingle();
    }

    [Fact]
    public async Task Get_ThanksThroughTheOtherDepartmentsLink_Returns404()
    {
        var (sales, marketing, _) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");
        (await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "3"))).ShouldBeRedirect();

        var response = await client.GetAsync($"/s/{marketing}/thanks");

        response.ShouldBeHtml(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_KeyOfTheOtherDepartmentsResponse_AsksToSendAgainWithANewKey()
    {
        var (sales, marketing, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var salesPage = await client.GetDocumentAsync($"/s/{sales}");
        await client.PostFormAsync($"/s/{sales}", salesPage, Form("Staff", _ => "3"));

        var response = await client.PostFormAsync($"/s/{marketing}", salesPage, Form("Head", _ => "5"));

        response.ShouldBeHtml(HttpStatusCode.OK);
        var again = await Html.ParseAsync(response);
        again.Text(".error-summary").Should().Contain("please send them again");
        var newKey = again.HiddenFields()["Input.SubmissionKey"];
        newKey.Should().NotBe(salesPage.HiddenFields()["Input.SubmissionKey"]);
        var resent = await client.PostFormAsync($"/s/{marketing}", again, Form("Head", _ => "5"));
        resent.ShouldBeRedirect();
        (await client.GetDocumentAsync(resent.Headers.Location!.ToString())).Text("main").Should().Contain("100");
        (await ResponsesAsync(assessmentId)).Select(r => r.Department).Should().BeEquivalentTo([Department.Sales, Department.Marketing]);
    }

    [Theory]
    [InlineData("/s/not-a-real-token")]
    [InlineData("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Get_UnknownToken_Returns404Page(string url)
    {
        var response = await _app.CreateBrowser().GetAsync(url);

        response.ShouldBeHtml(HttpStatusCode.NotFound);
        (await Html.ParseAsync(response)).Text("h1").Should().Be("Page not found");
    }

    [Fact]
    public async Task Get_ThanksFromAnotherBrowser_Returns404()
    {
        // The thank-you page shows the own total only to the browser that sent the answers (issue 11): a copied
        // address, or an old-style address with a key in it, shows nothing to anyone else.
        var (sales, _, _) = await OpenAssessmentAsync();
        var respondent = _app.CreateBrowser();
        var page = await respondent.GetDocumentAsync($"/s/{sales}");
        var posted = await respondent.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "3"));
        var other = _app.CreateBrowser();

        var copied = await other.GetAsync(posted.Headers.Location!.ToString());
        var oldStyle = await other.GetAsync($"/s/{sales}/thanks/{Guid.NewGuid()}");

        (await respondent.GetDocumentAsync(posted.Headers.Location!.ToString())).Text("main").Should().Contain("60");
        copied.ShouldBeHtml(HttpStatusCode.NotFound);
        oldStyle.ShouldBeHtml(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Post_StoresNoIdentifyingData_OnlyTheDayOfSubmission()
    {
        var (sales, _, assessmentId) = await OpenAssessmentAsync();
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{sales}");
        await client.PostFormAsync($"/s/{sales}", page, Form("Staff", _ => "3"));

        var columns = await _app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info('Responses')";
            var names = new List<string>();
            using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        });
        var expected = new[] { "Id", "AssessmentId", "Department", "Role", "SubmittedOn", "SubmissionKey", "Total" }
            .Concat(Enumerable.Range(1, 20).Select(n => $"A{n:00}"));
        columns.Should().BeEquivalentTo(expected);
        var submittedOn = await _app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"SubmittedOn\" AS \"Value\" FROM \"Responses\"").SingleAsync());
        submittedOn.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$", "the day only, no time of day");
    }
}
