using System.Security.Cryptography;
using System.Text;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// An invitation to join an organization, sent to an email: whoever owns that email accepts it, by setting a password
/// (no account yet) or by signing in to their account. Only a hash of the link's token is stored.
/// </summary>
public class MemberInvitation
{
    public const int TokenHashLength = 64;

    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>As typed by the inviter, trimmed.</summary>
    public string Email { get; set; } = "";

    public string InvitedById { get; set; } = "";

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public static string HashToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
