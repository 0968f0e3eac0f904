using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// The absolute session lifetime (ASVS 7.3.2, NIST SP 800-63B AAL2: re-authenticate every 12 hours): a cookie or a
/// chain of refresh tokens, however busy, ends <see cref="Maximum"/> after the password was checked. The cookie keeps
/// the sign-in time in its protected properties, which survive sliding renewal, stamp refreshes and
/// RefreshSignInAsync; bearer tokens carry it as a claim that each refresh copies.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Maximum = TimeSpan.FromHours(12);

    public const string SignedInAtItem = ".sma.signedInAt";

    /// <summary>The claim in bearer and refresh tokens: when the password was checked (Unix seconds).</summary>
    public const string SignedInAtClaimType = "sma:signed-in-at";

    public static Claim SignedInAtClaim(DateTimeOffset now) =>
        new(SignedInAtClaimType, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the token's sign-in is older than <see cref="Maximum"/>, or it has no sign-in time.</summary>
    public static bool IsOver(ClaimsPrincipal principal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return !long.TryParse(principal.FindFirstValue(SignedInAtClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Maximum;
    }

    /// <summary>Adds the sign-in time to new cookies and refuses cookies past the lifetime, before Identity's stamp check.</summary>
    public static void Apply(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var onSigningIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // Kept when the cookie is re-issued for the same session (sliding renewal, RefreshSignInAsync).
            if (!context.Properties.Items.ContainsKey(SignedInAtItem))
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items[SignedInAtItem] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            }

            return onSigningIn(context);
        };

        var onValidatePrincipal = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAtItem, out var value) ||
                !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ||
                now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Maximum)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await onValidatePrincipal(context);
        };
    }
}
