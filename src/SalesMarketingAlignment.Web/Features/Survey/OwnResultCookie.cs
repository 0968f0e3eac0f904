using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>
/// Carries the respondent's submission key from the form's POST to the thank-you page in a sealed, HttpOnly cookie
/// scoped to that survey link, so the page shows the own total only to the browser that sent the answers: the
/// thank-you address holds no key that history, a shared screen or a copied link could give away.
/// </summary>
public sealed class OwnResultCookie(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string Name = "survey-own-result";

    /// <summary>How long after sending the thank-you page still shows the total.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("SalesMarketingAlignment.OwnResultCookie.v1");

    public static string PathOf(string token) => "/s/" + Uri.EscapeDataString(token);

    public void Set(HttpContext context, string token, Guid submissionKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sealedKey = ForLink(token).Protect(submissionKey.ToString("N"), clock.GetUtcNow().Add(Lifetime));
        context.Response.Cookies.Append(Name, sealedKey, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = PathOf(token),
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>The submission key this browser sent through <paramref name="token"/>'s link, if its cookie is there and valid.</summary>
    public Guid? Read(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(token) || !context.Request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var plain = ForLink(token).Unprotect(value, out var expiration);
            return expiration >= clock.GetUtcNow() && Guid.TryParseExact(plain, "N", out var key) ? key : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector ForLink(string token) => _protector.CreateProtector(token).ToTimeLimitedDataProtector();
}
