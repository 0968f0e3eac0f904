namespace SalesMarketingAlignment.Data;

internal static class AssemblyMarker;
