using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Features.Invitations;

/// <param name="Kind">Invitations go to addresses not sent to yet; reminders to addresses sent to whose invitation is not used.</param>
/// <param name="FailedOnly">Only the addresses whose last message failed (a retry).</param>
public sealed record SendInvitationsRequest(DeliveryKind Kind, bool FailedOnly = false);

/// <summary>
/// Queues invitation emails or reminders for an open assessment the caller may change; <see cref="InvitationDelivery"/>
/// sends them in the background. The message carries the personal link, in the consultant's language.
/// </summary>
public sealed class SendInvitations(
    AlignmentDbContext db, IMailSender mail, InvitationDelivery delivery, IStringLocalizer<SharedResource> localizer)
{
    public abstract record Result;

    public sealed record Queued(DeliveryProgress Progress) : Result;

    /// <summary>No SMTP server is configured: download the links or print the codes instead.</summary>
    public sealed record NotConfigured : Result;

    /// <summary>Links would be relative: emails need App:PublicBaseUrl (or AllowedHosts naming the host).</summary>
    public sealed record NoPublicAddress : Result;

    /// <summary>A delivery of this assessment is still running.</summary>
    public sealed record Busy(DeliveryProgress Progress) : Result;

    public sealed record Closed : Result;

    public sealed record NotFound : Result;

    /// <param name="linkPrefix">What comes before "/s/{token}" (<see cref="Assessments.SurveyLinkUrl.Prefix"/>).</param>
    public async Task<Result> HandleAsync(int assessmentId, SendInvitationsRequest request, string linkPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(linkPrefix);
        var assessment = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == assessmentId)
            .Select(a => new { a.Status, OrganizationName = a.Organization!.Name, a.ClosesOn, a.SurveyLanguage })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null)
        {
            return new NotFound();
        }

        if (assessment.Status != AssessmentStatus.Open)
        {
            return new Closed();
        }

        if (!mail.IsConfigured)
        {
            return new NotConfigured();
        }

        if (!linkPrefix.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !linkPrefix.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return new NoPublicAddress();
        }

        if (delivery.ProgressOf(assessmentId) is { Finished: false } running)
        {
            return new Busy(running);
        }

        var candidates = db.Invitations.AsNoTracking().Where(i => i.AssessmentId == assessmentId && i.Email != null && i.UsedOn == null);
        candidates = request.Kind == DeliveryKind.Invitation ? candidates.Where(i => i.SentOn == null) : candidates.Where(i => i.SentOn != null);
        if (request.FailedOnly)
        {
            candidates = candidates.Where(i => i.SendError != null);
        }

        var targets = await candidates.OrderBy(i => i.Id).Select(i => new { i.Id, i.Email, i.Name, i.Token }).ToListAsync(cancellationToken);
        // Written in the survey's language, which the respondents read, not in the consultant's who sends them.
        var (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        List<DeliveryMessage> messages;
        try
        {
            var surveyCulture = RequestLanguages.Supported.FirstOrDefault(c => c.Name == assessment.SurveyLanguage) ?? RequestLanguages.English;
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (surveyCulture, surveyCulture);
            messages = targets
                .Select(t => new DeliveryMessage(t.Id, Message(request.Kind, t.Email!, t.Name, assessment.OrganizationName, $"{linkPrefix}/s/{Uri.EscapeDataString(t.Token)}", assessment.ClosesOn)))
                .ToList();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, culture);
        }

        return delivery.TryQueue(assessmentId, request.Kind, messages) is { } progress
            ? new Queued(progress)
            : new Busy(delivery.ProgressOf(assessmentId)!);
    }

    private OutgoingMail Message(DeliveryKind kind, string email, string? name, string organization, string url, DateOnly? closesOn)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? localizer["Hello,"].Value : localizer["Hello {0},", name].Value;
        var subject = kind == DeliveryKind.Invitation
            ? localizer["Survey: how do Sales and Marketing work together at {0}?", organization].Value
            : localizer["Reminder: the survey on how Sales and Marketing work together at {0}", organization].Value;
        var opening = kind == DeliveryKind.Invitation
            ? localizer["{0} asks you to answer a short survey on how Sales and Marketing work together: 20 statements, about 5 minutes.", organization].Value
            : localizer["A reminder: {0} asks you to answer a short survey on how Sales and Marketing work together, if you have not done so yet: 20 statements, about 5 minutes.", organization].Value;
        if (closesOn is { } lastDay)
        {
            // The same words and date format as the survey page shows.
            opening += " " + localizer["Please answer by {0}.", lastDay.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)].Value;
        }

        var body = string.Join(
            "\n\n",
            greeting,
            opening,
            localizer["Your answers are anonymous: the survey stores only that this invitation was used and on which day, never which answers it gave. Results are shown only for groups large enough that no single person's answers can be recognized."].Value,
            localizer["This link is personal and answers once:"].Value + "\n" + url,
            localizer["Thank you."].Value);
        return new OutgoingMail(email, subject, body + "\n");
    }
}
