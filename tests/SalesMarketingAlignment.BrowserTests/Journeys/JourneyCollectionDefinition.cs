using SalesMarketingAlignment.BrowserTests.Infrastructure;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The journeys' own app (a fresh database: the first-run /Setup page only exists while there is no administrator)
/// and browser; its tests run one at a time, after or before the other collections.
/// </summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollectionDefinition : ICollectionFixture<AppServer>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Journeys";
}
