namespace SalesMarketingAlignment.Reports;

internal static class AssemblyMarker;
