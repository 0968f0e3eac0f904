namespace SalesMarketingAlignment.Web.Infrastructure.Mail;

/// <summary>One plain-text message to one address.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody);

/// <summary>What became of one message: sent, or the reason it was not (shown to the consultant per address).</summary>
public sealed record MailSendResult(string To, bool Sent, string? Error)
{
    public static MailSendResult Success(string to) => new(to, true, null);

    public static MailSendResult Failure(string to, string error) => new(to, false, error);
}

/// <summary>Sends mail through the configured SMTP server (<see cref="SmtpOptions"/>).</summary>
public interface IMailSender
{
    /// <summary>False when no SMTP host is configured: callers offer a download or a link instead of sending.</summary>
    bool IsConfigured { get; }

    /// <summary>Sends each message (over one connection where possible) and reports each address; never throws for one bad address.</summary>
    Task<IReadOnlyList<MailSendResult>> SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken);
}
