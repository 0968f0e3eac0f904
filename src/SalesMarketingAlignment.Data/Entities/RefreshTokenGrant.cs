namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// One refresh token handed out to an API client (the token itself is a protected ticket that carries <see cref="Id"/>).
/// Single use: refreshing marks it used and hands out the next one of the same <see cref="FamilyId"/> (one sign-in).
/// A used token presented again means it was stolen or replayed, and ends the whole family.
/// </summary>
public class RefreshTokenGrant
{
    public const int IdLength = 32;

    public string Id { get; set; } = "";

    /// <summary>The sign-in this token descends from; every refresh keeps it.</summary>
    public string FamilyId { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime IssuedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>When it was exchanged for the next token; a second exchange is a replay.</summary>
    public DateTime? UsedAtUtc { get; set; }

    /// <summary>When it was ended: sign-out, password change, disabled account, or a replay in its family.</summary>
    public DateTime? RevokedAtUtc { get; set; }
}
