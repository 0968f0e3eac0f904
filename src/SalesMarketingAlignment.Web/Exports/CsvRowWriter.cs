using System.Globalization;
using System.Text;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Exports;

/// <summary>
/// Writes RFC 4180 CSV: comma separator, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF (quotes
/// doubled). Numbers use the invariant culture ("3.25"), so a file reads the same in every locale. Text fields that a
/// spreadsheet would take for a formula (starting with = + - @, tab or CR) get a leading apostrophe (OWASP CSV
/// injection advice); numbers are written unguarded so that a negative gap stays a number.
/// </summary>
public sealed class CsvRowWriter(TextWriter writer)
{
    /// <summary>UTF-8 with a byte order mark: without it Excel reads UTF-8 as the ANSI code page and garbles Cyrillic.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private readonly StringBuilder _line = new(256);

    public CsvRowWriter Text(string? value)
    {
        Separate();
        AppendEscaped(_line, value ?? "");
        return this;
    }

    public CsvRowWriter Number(long value)
    {
        Separate();
        _line.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>
    /// A mean (or a gap between means) rounded to <paramref name="decimals"/> places by the app's rule for means
    /// (<see cref="ScoringKey.Round(decimal, int)"/>), written with exactly that many places.
    /// </summary>
    public CsvRowWriter Number(decimal value, int decimals)
    {
        Separate();
        _line.Append(ScoringKey.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        return this;
    }

    public CsvRowWriter Empty()
    {
        Separate();
        return this;
    }

    /// <summary>Ends the row (CRLF) and hands it to the underlying writer.</summary>
    public async Task EndRowAsync(CancellationToken cancellationToken = default)
    {
        _line.Append("\r\n");
        await writer.WriteAsync(_line, cancellationToken).ConfigureAwait(false);
        _line.Clear();
        _started = false;
    }

    private bool _started;

    private void Separate()
    {
        if (_started)
        {
            _line.Append(',');
        }

        _started = true;
    }

    /// <summary>The field as written into the file: formula guard first, then RFC 4180 quoting.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 4);
        AppendEscaped(builder, value);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder line, string value)
    {
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(guarded);
            return;
        }

        line.Append('"');
        foreach (var c in guarded)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }
}
