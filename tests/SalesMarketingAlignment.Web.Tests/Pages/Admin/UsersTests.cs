using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Admin;

/// <summary>The Users page over <see cref="CreateUser"/>: the same answers as POST /api/v1/users.</summary>
public sealed class UsersTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<(HttpClient Client, AngleSharp.Dom.IDocument Page)> AdminAsync()
    {
        await _app.CreateUserAsync("admin@example.com", Roles.Administrator);
        var client = _app.CreateBrowser();
        await client.SignInAsync("admin@example.com");
        return (client, await client.GetDocumentAsync("/Admin/Users"));
    }

    [Fact]
    public async Task Post_TakenEmail_ShowsTheApisConflictMessageOnTheEmailField()
    {
        var (client, page) = await AdminAsync();

        var response = await client.PostFormAsync("/Admin/Users", page,
            [new("Input.Email", "admin@example.com"), new("Input.Password", "a long password"), new("Input.Role", Roles.Consultant)]);

        response.ShouldBeHtml(HttpStatusCode.OK);
        var document = await Html.ParseAsync(response);
        document.QuerySelector("input[name='Input.Email'] ~ .field-error")!.TextContent.Should().Be(CreateUser.DuplicateEmailText);
    }

    [Fact]
    public async Task Post_WithoutName_CreatesTheAccountNamedAfterTheEmail()
    {
        var (client, page) = await AdminAsync();

        var response = await client.PostFormAsync("/Admin/Users", page,
            [new("Input.Email", "nameless@example.com"), new("Input.Password", "a long password"), new("Input.Role", Roles.Executive)]);

        response.ShouldBeRedirect();
        (await _app.WithDbAsync(db => db.Users.Where(u => u.Email == "nameless@example.com").Select(u => u.DisplayName).SingleAsync())).Should().Be("nameless");
    }

    public void Dispose() => _app.Dispose();
}
