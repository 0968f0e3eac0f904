using System.ComponentModel.DataAnnotations;

namespace SalesMarketingAlignment.Web.Infrastructure.Mail;

/// <summary>
/// "Smtp": the mail server invitations, reminders and password resets are sent through. Without a host the app sends
/// nothing and offers the links for download instead.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>Empty when mail is not configured.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>The sender address, e.g. "Alignment survey &lt;survey@example.com&gt;"; required once a host is set.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS (or implicit TLS on port 465) when true; plain SMTP on a trusted network when false.</summary>
    public bool UseTls { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
