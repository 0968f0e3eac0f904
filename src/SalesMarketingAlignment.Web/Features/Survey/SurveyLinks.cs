using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>What a survey link leads to: the assessment, the department it is for, and whether it still accepts answers.</summary>
public sealed record SurveyLinkInfo(int AssessmentId, Department Department, bool IsOpen)
{
    /// <summary>The personal invitation behind the token; null for the department's open link.</summary>
    public long? InvitationId { get; init; }

    /// <summary>The role the invitation fixes (the form does not ask then); null when the respondent chooses.</summary>
    public RespondentRole? FixedRole { get; init; }

    /// <summary>An invitation that was used already: it accepts nothing more.</summary>
    public bool Used { get; init; }

    /// <summary>An open link the consultant has switched off: it accepts nothing.</summary>
    public bool NotInUse { get; init; }

    /// <summary>The survey asks the optional Buying Funnel part after the statements (docs/decisions/0018-buying-funnel.md).</summary>
    public bool BuyingFunnel { get; init; }

    /// <summary>Answers are accepted: the assessment is open, and the link is in use and not used up.</summary>
    public bool AcceptsAnswers => IsOpen && !Used && !NotInUse;

    /// <summary>The department's name in the current UI culture.</summary>
    public string DepartmentName => AlignmentWording.DepartmentName(Department);
}

/// <summary>What the survey page tells a respondent before they answer: whose survey it is and the smallest group shown.</summary>
public sealed record SurveyContext(string OrganizationName, int MinimumGroupSize);

/// <summary>The one lookup of a survey token, for the form, the submission and the thank-you page alike.</summary>
internal static class SurveyLinks
{
    /// <summary>The link behind <paramref name="token"/>, or null when there is none (also for an empty or overlong token, which never reaches the database).</summary>
    public static async Task<SurveyLinkInfo?> FindAsync(AlignmentDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SurveyLink.TokenMaxLength)
        {
            return null;
        }

        return await db.SurveyLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Select(l => new SurveyLinkInfo(l.AssessmentId, l.Department, l.Assessment!.Status == AssessmentStatus.Open)
            {
                NotInUse = l.Department == Department.Sales ? !l.Assessment.SalesOpenLink : !l.Assessment.MarketingOpenLink,
                BuyingFunnel = l.Assessment.BuyingFunnel,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? await FindInvitationAsync(db, token, cancellationToken);
    }

    /// <summary>Invitations: a personal token, looked up only when no open link has it.</summary>
    private static Task<SurveyLinkInfo?> FindInvitationAsync(AlignmentDbContext db, string token, CancellationToken cancellationToken) =>
        db.Invitations.AsNoTracking()
            .Where(i => i.Token == token)
            .Join(db.Assessments, i => i.AssessmentId, a => a.Id, (i, a) => new SurveyLinkInfo(i.AssessmentId, i.Department, a.Status == AssessmentStatus.Open)
            {
                InvitationId = i.Id,
                FixedRole = i.Role,
                Used = i.UsedOn != null,
                BuyingFunnel = a.BuyingFunnel,
            })
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The organization and anonymity rule of a link's assessment (null when the assessment is gone).</summary>
    public static Task<SurveyContext?> ContextAsync(AlignmentDbContext db, SurveyLinkInfo link, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking()
            .Where(a => a.Id == link.AssessmentId)
            .Select(a => new SurveyContext(a.Organization!.Name, a.MinimumGroupSize))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// The submission path's look-up of a token, remembered for <see cref="Lifetime"/>: under load every submission would
/// otherwise pay a database query for a link that does not change. Safe to keep briefly because the response writer
/// checks the assessment's status again inside its transaction (a link closed meanwhile still refuses the response).
/// Only tokens that exist are remembered, so guessing tokens cannot fill it; it holds at most <see cref="MaxEntries"/>.
/// The survey form and the thank-you page look the link up directly, so they show a closed survey at once.
/// </summary>
public sealed class SurveyLinkCache(TimeProvider clock)
{
    public static TimeSpan Lifetime { get; } = TimeSpan.FromSeconds(2);

    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<SurveyLinkInfo?> FindAsync(AlignmentDbContext db, string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (token is not null && _entries.TryGetValue(token, out var entry) && entry.Expires > now)
        {
            return entry.Link;
        }

        var link = await SurveyLinks.FindAsync(db, token, cancellationToken);
        // Personal invitations are not kept: each answers once, so a kept copy would only hide that it has been used.
        if (link is not null && link.InvitationId is null)
        {
            if (_entries.Count >= MaxEntries)
            {
                // Crude but bounded: far more live links than this within two seconds does not happen.
                _entries.Clear();
            }

            _entries[token!] = new Entry(link, now + Lifetime);
        }

        return link;
    }

    private sealed record Entry(SurveyLinkInfo Link, DateTimeOffset Expires);
}
