using System.Buffers.Text;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

public sealed class CreateTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private async Task<(HttpClient Client, int OrganizationId)> ConsultantWithOrganizationAsync()
    {
        await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carl@a.example");
        var form = await client.GetDocumentAsync("/Organizations/Create");
        var created = await client.PostFormAsync("/Organizations/Create", form, [new("Input.Name", "Acme")]);
        created.ShouldBeRedirect();
        var organizationId = int.Parse(created.Headers.Location!.ToString().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        return (client, organizationId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BuyingFunnelBox_SetsWhetherTheSurveyAsksThePart(bool ticked)
    {
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/Assessments/Create");
        form.QuerySelector("input[type=checkbox][name='Input.BuyingFunnel']").Should().NotBeNull();
        var fields = new List<KeyValuePair<string, string>> { new("Input.Title", "Funnel " + ticked), new("Input.MinimumGroupSize", "3") };
        if (ticked)
        {
            fields.Add(new("Input.BuyingFunnel", "true"));
        }

        (await client.PostFormAsync($"/Organizations/{organizationId}/Assessments/Create", form, fields)).ShouldBeRedirect();

        (await _app.WithDbAsync(db => db.Assessments.SingleAsync())).BuyingFunnel.Should().Be(ticked);
    }

    [Fact]
    public async Task Post_ValidInput_CreatesAssessmentWithTwoUnguessableLinks()
    {
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/Assessments/Create");
        form.QuerySelector("input[name='Input.MinimumGroupSize']")!.GetAttribute("value").Should().Be("3");

        var response = await client.PostFormAsync($"/Organizations/{organizationId}/Assessments/Create", form,
            [new("Input.Title", "Spring 2026"), new("Input.MinimumGroupSize", "4"), new("Input.ExpectedSales", "12"), new("Input.ExpectedMarketing", "")]);

        response.ShouldBeRedirect();
        var assessment = await _app.WithDbAsync(db => db.Assessments.Include(a => a.Links).SingleAsync());
        assessment.OrganizationId.Should().Be(organizationId);
        assessment.MinimumGroupSize.Should().Be(4);
        assessment.ExpectedSales.Should().Be(12);
        assessment.ExpectedMarketing.Should().BeNull();
        assessment.Status.Should().Be(AssessmentStatus.Open);
        assessment.Links.Select(l => l.Department).Should().BeEquivalentTo([SalesMarketingAlignment.Domain.Department.Sales, SalesMarketingAlignment.Domain.Department.Marketing]);
        assessment.Links.Should().OnlyContain(l => Base64Url.DecodeFromChars(l.Token).Length * 8 >= 128);
        assessment.Links[0].Token.Should().NotBe(assessment.Links[1].Token);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("abc")]
    public async Task Post_GroupSizeOutOfRange_ShowsErrorAndCreatesNothing(string size)
    {
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/Assessments/Create");

        var response = await client.PostFormAsync($"/Organizations/{organizationId}/Assessments/Create", form,
            [new("Input.Title", "Spring"), new("Input.MinimumGroupSize", size)]);

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).QuerySelector("[data-valmsg-for='Input.MinimumGroupSize']")!.TextContent.Should().NotBeEmpty();
        (await _app.WithDbAsync(db => db.Assessments.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Get_GroupSizeBelowThree_AssessmentPageWarns()
    {
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/Assessments/Create");
        var response = await client.PostFormAsync($"/Organizations/{organizationId}/Assessments/Create", form,
            [new("Input.Title", "Tiny"), new("Input.MinimumGroupSize", "1")]);

        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());

        page.Text(".warning").Should().Contain("smaller than 3");
    }

    [Fact]
    public async Task AddExecutive_NewEmail_ShowsTheInvitationLinkWhoseOwnerChoosesAPasswordAndCanRead()
    {
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/AddExecutive");

        var response = await client.PostFormAsync($"/Organizations/{organizationId}/AddExecutive", form, [new("Input.Email", "exec@a.example")]);

        response.ShouldBeHtml(HttpStatusCode.OK);
        var link = new Uri((await Html.ParseAsync(response)).QuerySelector("#invitation-link")!.GetAttribute("value")!);
        (await _app.WithDbAsync(db => db.OrganizationMembers.CountAsync())).Should().Be(1, "nobody is added until the invitation is accepted");

        var executive = _app.CreateBrowser();
        var accept = await executive.GetDocumentAsync(link.PathAndQuery);
        (await executive.PostFormAsync("/Account/AcceptInvitation", accept, [new("Input.DisplayName", "Exec"), new("Input.Password", "exec password")]))
            .ShouldBeRedirect();
        (await executive.GetAsync($"/Organizations/{organizationId}")).ShouldBeHtml(HttpStatusCode.OK);
        var again = _app.CreateBrowser();
        (await again.SignInAsync("exec@a.example", "exec password")).ShouldBeRedirect();
    }

    [Fact]
    public async Task AddExecutive_PageAnswersAnotherClientsAccountLikeAnUnknownEmail()
    {
        await _app.CreateUserAsync("their-exec@b.example", Roles.Executive);
        var (client, organizationId) = await ConsultantWithOrganizationAsync();
        var form = await client.GetDocumentAsync($"/Organizations/{organizationId}/AddExecutive");

        var existing = await Html.ParseAsync(await client.PostFormAsync($"/Organizations/{organizationId}/AddExecutive", form, [new("Input.Email", "their-exec@b.example")]));
        var unknown = await Html.ParseAsync(await client.PostFormAsync($"/Organizations/{organizationId}/AddExecutive", form, [new("Input.Email", "ghost@b.example")]));

        existing.Text(".notice").Replace("their-exec@b.example", "EMAIL", StringComparison.Ordinal).Should().Be(unknown.Text(".notice").Replace("ghost@b.example", "EMAIL", StringComparison.Ordinal));
        existing.Text(".notice").Should().Contain("invitation link");
        (await _app.WithDbAsync(db => db.OrganizationMembers.CountAsync())).Should().Be(1);
    }
}
