using System.Net.Mail;
using System.Text;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Invitations;

/// <summary>One person to invite, read from a list.</summary>
public sealed record InviteeLine(int LineNumber, string Email, string? Name, RespondentRole? Role, Department Department);

/// <summary>What is wrong with a line of a list, for screens to say in their own language.</summary>
public enum LineProblem
{
    /// <summary>About the whole request (line 0): empty, too long, neither list nor count.</summary>
    Request = 0,
    NotAnEmail,
    NameTooLong,
    UnknownRole,
    UnknownDepartment,
    TooManyFields,

    /// <summary>The address is on an earlier line (<see cref="InviteeLineError.EarlierLine"/>).</summary>
    Duplicate,
    AlreadyInvited,
}

/// <summary>What is wrong with one line of a list (numbered from 1, as an editor shows it); <see cref="Message"/> in English for API clients.</summary>
/// <param name="Value">The offending value as written (address, role, department).</param>
public sealed record InviteeLineError(int LineNumber, string Message, LineProblem Problem = LineProblem.Request, string? Value = null, int? EarlierLine = null);

/// <summary>
/// Reads a pasted or uploaded list of invitees: one per line, "email[, name[, role[, department]]]" (a CSV file with
/// those columns, with or without a header line, or bare addresses). Role is Head or Staff; department is Sales or
/// Marketing (else the one chosen for the whole list). Blank lines are skipped; every bad line is reported.
/// </summary>
public static class InvitationList
{
    /// <summary>Most invitations one list may create.</summary>
    public const int MaxEntries = 10_000;

    public static (List<InviteeLine> Lines, List<InviteeLineError> Errors) Parse(
        string text, Department defaultDepartment, RespondentRole? defaultRole)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<InviteeLine>();
        var errors = new List<InviteeLineError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } raw)
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = SplitCsv(raw);
            if (number == 1 && IsHeader(fields))
            {
                continue;
            }

            if (ParseLine(number, fields, defaultDepartment, defaultRole, out var error) is { } line)
            {
                if (seen.TryGetValue(line.Email, out var earlier))
                {
                    errors.Add(new(number, $"{line.Email} is already on line {earlier}.", LineProblem.Duplicate, line.Email, earlier));
                }
                else
                {
                    seen.Add(line.Email, number);
                    lines.Add(line);
                }
            }
            else
            {
                errors.Add(error!);
            }
        }

        if (lines.Count + errors.Count > MaxEntries)
        {
            errors.Insert(0, new(0, $"A list may hold at most {MaxEntries} people; this one has {lines.Count + errors.Count}. Split it."));
        }

        return (lines, errors);
    }

    /// <summary>The address as written when it is one plain address (no display name, no spaces), otherwise null.</summary>
    public static string? NormalizeEmail(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > Invitation.EmailMaxLength || trimmed.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(trimmed, out var address) || !string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed;
    }

    private static InviteeLine? ParseLine(
        int number, List<string> fields, Department defaultDepartment, RespondentRole? defaultRole, out InviteeLineError? error)
    {
        error = null;
        if (fields.Count > 4)
        {
            error = new(number, "Too many fields: write email, name, role (Head or Staff), department (Sales or Marketing).", LineProblem.TooManyFields);
            return null;
        }

        if (NormalizeEmail(fields[0]) is not { } email)
        {
            error = new(number, $"\"{Shorten(fields[0])}\" is not an email address.", LineProblem.NotAnEmail, Shorten(fields[0]));
            return null;
        }

        var name = fields.Count > 1 && !string.IsNullOrWhiteSpace(fields[1]) ? fields[1].Trim() : null;
        if (name?.Length > Invitation.NameMaxLength)
        {
            error = new(number, $"The name has more than {Invitation.NameMaxLength} characters.", LineProblem.NameTooLong);
            return null;
        }

        var role = defaultRole;
        if (fields.Count > 2 && !string.IsNullOrWhiteSpace(fields[2]))
        {
            if (!Enum.TryParse<RespondentRole>(fields[2].Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(fields[2].Trim()[0]))
            {
                error = new(number, $"Unknown role \"{Shorten(fields[2])}\": write Head or Staff, or leave it empty.", LineProblem.UnknownRole, Shorten(fields[2]));
                return null;
            }

            role = parsed;
        }

        var department = defaultDepartment;
        if (fields.Count > 3 && !string.IsNullOrWhiteSpace(fields[3]))
        {
            if (!Enum.TryParse<Department>(fields[3].Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsDigit(fields[3].Trim()[0]))
            {
                error = new(number, $"Unknown department \"{Shorten(fields[3])}\": write Sales or Marketing, or leave it empty.", LineProblem.UnknownDepartment, Shorten(fields[3]));
                return null;
            }

            department = parsed;
        }

        return new InviteeLine(number, email, name, role, department);
    }

    private static bool IsHeader(List<string> fields) =>
        fields[0].Trim().Equals("email", StringComparison.OrdinalIgnoreCase) || fields[0].Trim().Equals("e-mail", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..60].Trim() + "…";

    /// <summary>One CSV line (RFC 4180 quoting; a semicolon separates too, as spreadsheets in many locales save it).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or ';' or '\t')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
