namespace SalesMarketingAlignment.BrowserTests.Infrastructure;

/// <summary>One app server and one Chromium shared by the tests of this collection (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<AppServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
