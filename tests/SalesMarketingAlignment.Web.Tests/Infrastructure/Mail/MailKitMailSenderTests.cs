using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesMarketingAlignment.Web.Infrastructure.Mail;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.Mail;

public sealed class MailKitMailSenderTests
{
    private static MailKitMailSender SenderFor(string host, int port) => new(
        Options.Create(new SmtpOptions { Host = host, Port = port, From = "Survey <survey@example.com>", UseTls = false }),
        NullLogger<MailKitMailSender>.Instance);

    [Fact]
    public async Task SendAsync_ServerUnreachable_EveryAddressFailsWithTheReason()
    {
        int port;
        await using (var stopped = new LoopbackSmtpServer())
        {
            port = stopped.Port;
        }

        var results = await SenderFor("127.0.0.1", port).SendAsync(
            [new("a@example.com", "s", "b"), new("b@example.com", "s", "b")], CancellationToken.None);

        results.Should().HaveCount(2).And.OnlyContain(r => !r.Sent && r.Error!.Contains("127.0.0.1", StringComparison.Ordinal));
        results.Select(r => r.To).Should().Equal("a@example.com", "b@example.com");
    }

    [Fact]
    public async Task SendAsync_OneBadAddressAmongGood_OnlyItFails()
    {
        await using var smtp = new LoopbackSmtpServer();
        smtp.Reject("gone@example.com");

        var results = await SenderFor("127.0.0.1", smtp.Port).SendAsync(
            [new("ok@example.com", "Subject", "Body"), new("gone@example.com", "Subject", "Body"), new("not an address", "Subject", "Body"), new("ok2@example.com", "Subject", "Body")],
            CancellationToken.None);

        results.Select(r => r.Sent).Should().Equal(true, false, false, true);
        smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Should().Equal("ok@example.com", "ok2@example.com");
        smtp.Messages[0].TextBody.Should().Contain("Body");
    }

    [Fact]
    public async Task SendAsync_NotConfigured_FailsWithoutConnecting()
    {
        var sender = new MailKitMailSender(Options.Create(new SmtpOptions()), NullLogger<MailKitMailSender>.Instance);

        var results = await sender.SendAsync([new("a@example.com", "s", "b")], CancellationToken.None);

        sender.IsConfigured.Should().BeFalse();
        results.Single().Error.Should().Contain("not configured");
    }

    [Theory]
    [InlineData("smtp.example.com", null, null, "Smtp:From")]
    [InlineData("smtp.example.com", "not an address", null, "Smtp:From")]
    [InlineData("smtp.example.com", "survey@example.com", "user", "Smtp:Password")]
    public void Validate_IncompleteSettings_FailsNamingTheKey(string host, string? from, string? userName, string key)
    {
        var result = new SmtpOptionsValidator().Validate(null, new SmtpOptions { Host = host, From = from, UserName = userName });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(key);
    }

    [Fact]
    public void Validate_NoHost_IsFine()
    {
        new SmtpOptionsValidator().Validate(null, new SmtpOptions()).Succeeded.Should().BeTrue();
    }
}
