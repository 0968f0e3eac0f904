using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Users;

namespace SalesMarketingAlignment.Web.Tests.Features.Users;

/// <summary>The one way accounts are made: the Users page, the Setup page and POST /api/v1/users call this handler.</summary>
public sealed class CreateUserTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private Task<CreateUser.Result> CreateAsync(CreateUser.Request request) =>
        fixture.RunAsync<CreateUser, CreateUser.Result>(h => h.HandleAsync(request));

    private static CreateUser.Request NewRequest(string email, string role = Roles.Consultant, string? name = null, string password = "a long password") =>
        new() { Email = email, Password = password, Role = role, DisplayName = name };

    [Fact]
    public async Task HandleAsync_NewAccount_CreatesUserWithRoleThatCanSignIn()
    {
        var result = await CreateAsync(NewRequest("  rita@example.test ", Roles.Executive, name: " Rita R. "));

        var created = result.Should().BeOfType<CreateUser.Created>().Subject;
        created.User.Email.Should().Be("rita@example.test");
        created.User.DisplayName.Should().Be("Rita R.");
        created.Role.Should().Be(Roles.Executive);
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync("rita@example.test"))!;
            return (await users.IsInRoleAsync(user, Roles.Executive), await users.CheckPasswordAsync(user, "a long password"), user.EmailConfirmed);
        })).Should().Be((true, true, true));
    }

    [Fact]
    public async Task HandleAsync_NoDisplayName_UsesThePartOfTheEmailBeforeTheAt()
    {
        // The Users page required a name and the API did not: both now default it as the API documented.
        var request = NewRequest("nameless@example.test");
        Validate(request).Should().BeEmpty();

        var created = (await CreateAsync(request)).Should().BeOfType<CreateUser.Created>().Subject;

        created.User.DisplayName.Should().Be("nameless");
    }

    [Fact]
    public async Task HandleAsync_TakenEmail_ReturnsConflictAndKeepsTheAccount()
    {
        await CreateAsync(NewRequest("taken@example.test", Roles.Executive));

        var again = await CreateAsync(NewRequest("taken@example.test", Roles.Administrator, password: "another long password"));

        again.Should().BeOfType<CreateUser.Conflict>().Which.Message.Should().Be(CreateUser.DuplicateEmailText);
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync("taken@example.test"))!;
            return (await users.IsInRoleAsync(user, Roles.Administrator), await users.CheckPasswordAsync(user, "a long password"));
        })).Should().Be((false, true));
    }

    [Fact]
    public async Task HandleAsync_UnknownRole_ReturnsInvalidRoleAndCreatesNothing()
    {
        var result = await CreateAsync(NewRequest("overlord@example.test", "Overlord"));

        result.Should().BeOfType<CreateUser.Invalid>().Which.Errors[nameof(CreateUser.Request.Role)].Should()
            .Equal("The role must be one of: Administrator, Consultant, Executive.");
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "overlord@example.test"))).Should().BeFalse();
    }

    [Fact]
    public async Task HandleAsync_PasswordUnderTheRuleThatSkippedValidation_IdentityRejectsItOnThePasswordField()
    {
        var shortPassword = new string('x', PasswordRule.MinimumLength - 1);

        var result = await CreateAsync(NewRequest("short@example.test", password: shortPassword));

        result.Should().BeOfType<CreateUser.Invalid>().Which.Errors.Keys.Should().Equal(nameof(CreateUser.Request.Password));
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "short@example.test"))).Should().BeFalse();
    }

    [Theory]
    [InlineData("Overlord", "Role", "The role must be one of: Administrator, Consultant, Executive.")]
    [InlineData("", "Role", "Choose one of the roles.")]
    public void Validate_Role_GivesOneMessageForPageAndApi(string role, string field, string message)
    {
        // The Users page said "Choose one of the roles." for an unknown role and the API named the roles.
        var errors = Validate(NewRequest("x@example.test", role));

        errors.Should().ContainSingle().Which.Should().Be((field, message));
    }

    [Fact]
    public void Validate_SetupForm_NeedsNoRoleAndGetsTheAdministratorRole()
    {
        var setup = new CreateUser.NewAccount { Email = "ada@example.test", Password = "a long password", DisplayName = "Ada" };

        Validate(setup).Should().BeEmpty();
        var request = setup.WithRole(Roles.Administrator);
        (request.Email, request.Password, request.DisplayName, request.Role).Should().Be(("ada@example.test", "a long password", "Ada", Roles.Administrator));
    }

    private static List<(string Field, string Message)> Validate(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (m, r.ErrorMessage ?? ""))).ToList();
    }
}
