using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Users;

/// <summary>One password rule: Identity's options, the inputs' attribute and the texts that state it agree.</summary>
public sealed class PasswordRuleTests
{
    [Fact]
    public void Configure_IdentityOptionsOfTheApp_RequireTheMinimumLengthAndNoComposition()
    {
        using var app = new AppFactory();

        var password = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Password;

        password.RequiredLength.Should().Be(PasswordRule.MinimumLength);
        (password.RequireDigit, password.RequireLowercase, password.RequireUppercase, password.RequireNonAlphanumeric).Should().Be((false, false, false, false));
    }

    [Theory]
    [InlineData(PasswordRule.MinimumLength - 1, "The password must have at least 8 characters.")]
    [InlineData(PasswordRule.MaximumLength + 1, "The password must have at most 200 characters.")]
    [InlineData(PasswordRule.MinimumLength, null)]
    [InlineData(PasswordRule.MaximumLength, null)]
    [InlineData(0, null)]
    public void Attribute_Length_ChecksTheRuleOnEveryInput(int length, string? message)
    {
        var inputs = new object[]
        {
            new CreateUser.NewAccount { Email = "a@example.test", Password = new string('p', length) },
            new CreateUser.Request { Email = "a@example.test", Password = new string('p', length), Role = "Consultant" },
            new AcceptInvitation.NewAccount { Password = new string('p', length) },
        };

        foreach (var input in inputs)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
            var passwordErrors = results.Where(r => r.MemberNames.Contains("Password") && !r.ErrorMessage!.StartsWith("Enter", StringComparison.Ordinal)).Select(r => r.ErrorMessage);
            passwordErrors.Should().Equal(message is null ? [] : [message], input.GetType().FullName);
        }
    }

    [Fact]
    public async Task SetupPage_StatesTheRuleFromTheConstant()
    {
        using var app = new AppFactory();

        var page = await app.CreateBrowser().GetDocumentAsync("/Setup");

        var input = page.QuerySelector("input[name='Input.Password']")!;
        input.GetAttribute("minlength").Should().Be(PasswordRule.MinimumLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector($"label[for='{input.Id}']")!.TextContent.Should().Be($"Password (at least {PasswordRule.MinimumLength} characters)");
    }
}
