using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>
/// Submission keys are issued by the server, one per load of the survey (the form, or GET of the survey in the API):
/// a random UUID sealed with ASP.NET Core Data Protection for that one link, valid for <see cref="Lifetime"/>. A retry
/// or double click sends the same key and stores once; a key the client made up, or one issued for another link, is
/// refused, so no chosen key (an email address, a colleague's guess) can read back anyone's total.
/// </summary>
public sealed class SubmissionKeys(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    /// <summary>How long a form may stay open before its key expires (the respondent then sends again with a new one).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("SalesMarketingAlignment.SubmissionKey.v1");

    /// <summary>A new key for one submission through <paramref name="token"/>'s link.</summary>
    public string Issue(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return ForLink(token).Protect(Guid.NewGuid().ToString("N"), clock.GetUtcNow().Add(Lifetime));
    }

    /// <summary>The UUID inside <paramref name="issued"/> when this app issued it for <paramref name="token"/>'s link and it has not expired.</summary>
    public bool TryRead(string token, string? issued, out Guid key)
    {
        key = Guid.Empty;
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(issued))
        {
            return false;
        }

        try
        {
            var plain = ForLink(token).Unprotect(issued, out var expiration);
            if (expiration < clock.GetUtcNow() || !Guid.TryParseExact(plain, "N", out key))
            {
                return false;
            }

            return key != Guid.Empty;
        }
        catch (CryptographicException)
        {
            // Made up, tampered with, issued for another link, or expired.
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private ITimeLimitedDataProtector ForLink(string token) => _protector.CreateProtector(token).ToTimeLimitedDataProtector();
}
