namespace SalesMarketingAlignment.Domain.Tests;

public class RespondentRoleTests
{
    [Theory]
    [InlineData("Head", RespondentRole.Head)]
    [InlineData("Staff", RespondentRole.Staff)]
    public void TryParse_ExactName_ReadsTheRole(string text, RespondentRole expected)
    {
        RespondentRoles.TryParse(text, out var role).Should().BeTrue();
        role.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("head")]
    [InlineData("STAFF")]
    [InlineData(" Head")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("Manager")]
    [InlineData("Head,Staff")]
    public void TryParse_AnythingElse_IsNoRole(string? text) =>
        RespondentRoles.TryParse(text, out _).Should().BeFalse();
}
