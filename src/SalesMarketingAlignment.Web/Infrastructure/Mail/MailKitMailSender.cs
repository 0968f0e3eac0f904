using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SalesMarketingAlignment.Web.Infrastructure.Mail;

/// <summary>
/// <see cref="IMailSender"/> over SMTP with MailKit: one connection for a whole call, a result per address. A
/// recipient the server refuses fails alone; a dropped connection is opened again for the next message; a server
/// that cannot be reached fails every message of the call with the reason.
/// </summary>
public sealed partial class MailKitMailSender(IOptions<SmtpOptions> options, ILogger<MailKitMailSender> logger) : IMailSender
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<IReadOnlyList<MailSendResult>> SendAsync(IReadOnlyList<OutgoingMail> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return messages.Select(m => MailSendResult.Failure(m.To, "Mail is not configured (Smtp:Host).")).ToList();
        }

        var from = MailboxAddress.Parse(settings.From ?? "");
        var results = new List<MailSendResult>(messages.Count);
        using var client = new SmtpClient();
        try
        {
            foreach (var message in messages)
            {
                if (!client.IsConnected && await ConnectAsync(client, settings, cancellationToken) is { } connectError)
                {
                    // The server cannot be reached: the rest would fail the same way.
                    LogConnectFailed(logger, settings.Host!, settings.Port, connectError);
                    results.AddRange(messages.Skip(results.Count).Select(m => MailSendResult.Failure(m.To, connectError)));
                    break;
                }

                results.Add(await SendOneAsync(client, from, message, cancellationToken));
            }
        }
        finally
        {
            if (client.IsConnected)
            {
                await QuietlyDisconnectAsync(client);
            }
        }

        return results;
    }

    private static async Task<MailSendResult> SendOneAsync(SmtpClient client, MailboxAddress from, OutgoingMail message, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(message.To, out var to))
        {
            return MailSendResult.Failure(message.To, "Not an email address.");
        }

        using var mime = new MimeMessage();
        mime.From.Add(from);
        mime.To.Add(to);
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        try
        {
            await client.SendAsync(mime, cancellationToken);
            return MailSendResult.Success(message.To);
        }
        catch (SmtpCommandException ex)
        {
            // The server refused this message (for example an unknown mailbox); the connection is still usable.
            return MailSendResult.Failure(message.To, $"The mail server refused it ({(int)ex.StatusCode}): {ex.Message}");
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or ServiceNotConnectedException or TimeoutException)
        {
            // The connection broke: this message failed; the next one connects again.
            return MailSendResult.Failure(message.To, $"The connection to the mail server failed: {ex.Message}");
        }
    }

    /// <returns>Null when connected (and signed in when a user name is set), otherwise why not.</returns>
    private static async Task<string?> ConnectAsync(SmtpClient client, SmtpOptions settings, CancellationToken cancellationToken)
    {
        var security = !settings.UseTls ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        try
        {
            // Without Nagle's algorithm: a message's small last write otherwise waits for the server's delayed ACK
            // (about 40 ms each on Linux), which capped sending at ~20 messages a second.
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(settings.Host!, settings.Port, cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            await client.ConnectAsync(socket, settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException
            or AuthenticationException or SslHandshakeException or NotSupportedException or TimeoutException)
        {
            await QuietlyDisconnectAsync(client);
            return $"Could not send through {settings.Host}:{settings.Port}: {ex.Message}";
        }
    }

    private static async Task QuietlyDisconnectAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException or System.Net.Sockets.SocketException)
        {
            // Already gone: nothing to close.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to the mail server {Host}:{Port}: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string host, int port, string reason);
}

/// <summary>A host needs a valid sender address; user name and password go together.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"Smtp:Port must be 1-65535; it is {options.Port}.");
        }

        if (options.IsConfigured && (string.IsNullOrWhiteSpace(options.From) || !MailboxAddress.TryParse(options.From, out _)))
        {
            failures.Add("Smtp:From must be a sender address (e.g. \"Survey <survey@example.com>\") when Smtp:Host is set.");
        }

        if (!string.IsNullOrEmpty(options.UserName) && options.Password is null)
        {
            failures.Add("Smtp:Password must be set with Smtp:UserName.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}

public static class MailServiceCollectionExtensions
{
    /// <summary>The one <see cref="IMailSender"/> (its "Smtp" settings are bound and validated by <see cref="AppOptions"/>).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }
}
