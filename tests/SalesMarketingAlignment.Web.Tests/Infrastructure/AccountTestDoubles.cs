using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>An <see cref="IMailSender"/> that keeps what it was given (until the SMTP test server of the invitations work is in).</summary>
public sealed class RecordingMailSender : IMailSender
{
    private readonly List<OutgoingMail> _sent = [];

    public bool IsConfigured => true;

    public IReadOnlyList<OutgoingMail> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public Task<IReadOnlyList<MailSendResult>> SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.AddRange(messages);
        }

        return Task.FromResult<IReadOnlyList<MailSendResult>>(messages.Select(m => MailSendResult.Success(m.To)).ToList());
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>
/// Lets a test say which address a request comes from (the test server has none): the header
/// <see cref="Header"/> becomes the connection's remote address.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
