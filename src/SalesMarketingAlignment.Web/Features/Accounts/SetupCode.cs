using System.Security.Cryptography;
using System.Text;

namespace SalesMarketingAlignment.Web.Features.Accounts;

/// <summary>
/// The one-time code that the first-run /Setup page asks for when no administrator exists and no bootstrap settings
/// made one: printed in the log at start-up, so only someone who can read the server's log becomes administrator.
/// After <see cref="MaximumAttempts"/> wrong codes a new one is made (and logged), so guessing gets nowhere.
/// </summary>
public sealed partial class SetupCode(ILogger<SetupCode> logger)
{
    public const int MaximumAttempts = 5;

    // Crockford's base32 without look-alikes: 20 characters are 100 bits.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private const int Length = 20;

    private readonly Lock _gate = new();
    private string? _code;
    private int _wrongAttempts;

    /// <summary>Makes a code and prints it in the log (start-up, while no administrator exists).</summary>
    public void Issue()
    {
        lock (_gate)
        {
            _code = NewCode();
            _wrongAttempts = 0;
            LogCode(logger, _code);
        }
    }

    /// <summary>For tests and the browser journeys, which read the log's value from the running app.</summary>
    public string? Current
    {
        get
        {
            lock (_gate)
            {
                return _code;
            }
        }
    }

    /// <summary>True when <paramref name="candidate"/> is the code (spaces, dashes and case ignored).</summary>
    public bool Check(string? candidate)
    {
        var normalized = new string((candidate ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        lock (_gate)
        {
            if (_code is null)
            {
                return false;
            }

            var expected = Encoding.ASCII.GetBytes(_code.Replace("-", "", StringComparison.Ordinal));
            if (CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(normalized)))
            {
                return true;
            }

            if (++_wrongAttempts >= MaximumAttempts)
            {
                _code = NewCode();
                _wrongAttempts = 0;
                LogCode(logger, _code);
            }

            return false;
        }
    }

    /// <summary>The administrator exists: the code is of no more use.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _code = null;
        }
    }

    private static string NewCode()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Join('-', Enumerable.Range(0, Length / 5).Select(i => new string(chars, i * 5, 5)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator yet. Open /Setup and enter this one-time setup code: {Code}")]
    private static partial void LogCode(ILogger logger, string code);
}
