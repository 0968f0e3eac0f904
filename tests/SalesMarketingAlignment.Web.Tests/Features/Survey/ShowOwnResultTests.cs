using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

public sealed class ShowOwnResultTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = _app.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    private Task<OwnResult?> ShowAsync(string token, Guid key) =>
        WithAsync(sp => sp.GetRequiredService<ShowOwnResult>().HandleAsync(token, key, CancellationToken.None));

    [Fact]
    public async Task HandleAsync_AfterSubmitting_TheStoredTotalThroughThatLinkOnly()
    {
        var assessment = await _app.CreateAssessmentAsync("Thanks Org");
        var sales = assessment.Links.Single(l => l.Department == Department.Sales).Token;
        var marketing = assessment.Links.Single(l => l.Department == Department.Marketing).Token;
        var answers = Enumerable.Range(1, 20).Select(n => SentAnswer.Of(n % 2 == 0 ? 2 : 1)).ToArray();
        var stored = (SubmitSurvey.Result.Stored)await WithAsync(sp => sp.GetRequiredService<SubmitSurvey>()
            .HandleAsync(new SubmitSurveyRequest(sales, "Staff", answers, null), CancellationToken.None));

        var own = await ShowAsync(sales, stored.SubmissionKey);

        own.Should().Be(new OwnResult(30));
        own!.Level.Should().Be(AlignmentLevel.Undefined);
        (await ShowAsync(marketing, stored.SubmissionKey)).Should().BeNull("the other department's link does not show it");
        (await ShowAsync(sales, Guid.NewGuid())).Should().BeNull();
        (await ShowAsync(sales, Guid.Empty)).Should().BeNull();
        (await ShowAsync("no-such-token", stored.SubmissionKey)).Should().BeNull();
    }

    public void Dispose() => _app.Dispose();
}
