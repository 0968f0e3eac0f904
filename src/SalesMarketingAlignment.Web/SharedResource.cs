namespace SalesMarketingAlignment.Web;

/// <summary>Marker for the shared UI strings (Resources/SharedResource.resx; English text is the key).</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<SharedResource>; never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
