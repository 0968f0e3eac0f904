namespace SalesMarketingAlignment.Web.Infrastructure.Mail;

/// <summary>
/// The stand-in until the SMTP sender is registered: sends nothing, so invitations and password links are shown to
/// the consultant or the administrator to pass on. Registered with TryAdd, so any real sender registered before wins.
/// </summary>
public sealed class NoMailSender : IMailSender
{
    public bool IsConfigured => false;

    public Task<IReadOnlyList<MailSendResult>> SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Task.FromResult<IReadOnlyList<MailSendResult>>(messages.Select(m => MailSendResult.Failure(m.To, "Mail is not configured.")).ToList());
    }
}
