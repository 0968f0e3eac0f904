using System.Buffers.Text;
using System.Security.Cryptography;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>The per-department link respondents open without an account: /s/{Token}.</summary>
public class SurveyLink
{
    /// <summary>Random bytes in a token: 192 bits, well above the 128 needed to make guessing hopeless.</summary>
    public const int TokenBytes = 24;

    public const int TokenMaxLength = 64;

    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public Assessment? Assessment { get; set; }
    public Department Department { get; set; }
    public string Token { get; set; } = "";

    /// <summary>A new URL-safe base64 token (no padding) from the cryptographic random generator.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
}
