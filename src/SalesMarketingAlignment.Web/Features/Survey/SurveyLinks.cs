using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Domain.Time;

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

    /// <summary>The last day for answers (UTC); null without a closing date. Past it, <see cref="IsOpen"/> is false.</summary>
    public DateOnly? ClosesOn { get; init; }

    /// <summary>The language the consultant set for the assessment's survey ("en", "ru", "nl").</summary>
    public string SurveyLanguage { get; init; } = Assessment.DefaultSurveyLanguage;

    /// <summary>The department's name in the current UI culture.</summary>
    public string DepartmentName => AlignmentWording.DepartmentName(Department);
}

/// <summary>What the survey page tells a respondent before they answer: whose survey it is and the smallest group shown.</summary>
public sealed record SurveyContext(string OrganizationName, int MinimumGroupSize)
{
    /// <summary>False for a round from before decision 0013: its heads are not shown as the head's view.</summary>
    public bool HeadsToldOfHeadsView { get; init; } = true;
}

/// <summary>
/// The survey's queries that run on every survey request, compiled once per application: a LINQ query pays its
/// expression processing on each run, which was the largest cost of a submission after the commit itself. Compiled
/// queries are bound to one EF model, so they live in this singleton, not in static fields (several hosts in one test
/// process each have their own).
/// </summary>
public sealed class SurveyQueries
{
    private readonly Func<AlignmentDbContext, string, DateOnly, CancellationToken, Task<SurveyLinkInfo?>> _openLink =
        EF.CompileAsyncQuery((AlignmentDbContext db, string token, DateOnly today, CancellationToken _) => db.SurveyLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Select(l => new SurveyLinkInfo(
                l.AssessmentId, l.Department, l.Assessment!.Status == AssessmentStatus.Open && (l.Assessment.ClosesOn == null || l.Assessment.ClosesOn >= today))
            {
                ClosesOn = l.Assessment.ClosesOn,
                NotInUse = l.Department == Department.Sales ? !l.Assessment.SalesOpenLink : !l.Assessment.MarketingOpenLink,
                SurveyLanguage = l.Assessment.SurveyLanguage,
                BuyingFunnel = l.Assessment.BuyingFunnel,
            })
            .SingleOrDefault());

    private readonly Func<AlignmentDbContext, string, DateOnly, CancellationToken, Task<SurveyLinkInfo?>> _invitation =
        EF.CompileAsyncQuery((AlignmentDbContext db, string token, DateOnly today, CancellationToken _) => db.Invitations.AsNoTracking()
            .Where(i => i.Token == token)
            .Join(db.Assessments, i => i.AssessmentId, a => a.Id, (i, a) => new SurveyLinkInfo(
                i.AssessmentId, i.Department, a.Status == AssessmentStatus.Open && (a.ClosesOn == null || a.ClosesOn >= today))
            {
                ClosesOn = a.ClosesOn,
                InvitationId = i.Id,
                FixedRole = i.Role,
                Used = i.UsedOn != null,
                SurveyLanguage = a.SurveyLanguage,
                BuyingFunnel = a.BuyingFunnel,
            })
            .SingleOrDefault());

    private readonly Func<AlignmentDbContext, int, Guid, Department, CancellationToken, Task<int?>> _voidedTotal =
        EF.CompileAsyncQuery((AlignmentDbContext db, int assessmentId, Guid key, Department department, CancellationToken _) => db.ResponseExclusions.AsNoTracking()
            .Where(e => e.AssessmentId == assessmentId && e.SubmissionKey == key && e.Department == department)
            .Select(e => (int?)e.Total)
            .FirstOrDefault());

    /// <summary>
    /// The link behind <paramref name="token"/>, or null when there is none (also for an empty or overlong token, which
    /// never reaches the database). It reads as closed once the assessment is closed or its closing date is before <paramref name="today"/>.
    /// </summary>
    public async Task<SurveyLinkInfo?> FindLinkAsync(AlignmentDbContext db, string? token, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrEmpty(token) || token.Length > SurveyLink.TokenMaxLength)
        {
            return null;
        }

        // Invitations are looked up only when no open link has the token.
        return await _openLink(db, token, today, cancellationToken) ?? await _invitation(db, token, today, cancellationToken);
    }

    /// <summary>The total of a response voided by a consultant that was sent with <paramref name="key"/> through this department's link; null when none was.</summary>
    public Task<int?> VoidedTotalAsync(AlignmentDbContext db, int assessmentId, Guid key, Department department, CancellationToken cancellationToken) =>
        _voidedTotal(db, assessmentId, key, department, cancellationToken);
}

/// <summary>What the survey page shows before the questions.</summary>
internal static class SurveyLinks
{
    /// <summary>The organization and anonymity rule of a link's assessment (null when the assessment is gone).</summary>
    public static Task<SurveyContext?> ContextAsync(AlignmentDbContext db, SurveyLinkInfo link, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking()
            .Where(a => a.Id == link.AssessmentId)
            .Select(a => new SurveyContext(a.Organization!.Name, a.MinimumGroupSize) { HeadsToldOfHeadsView = a.HeadsToldOfHeadsView })
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// The submission path's look-up of a token, remembered for <see cref="Lifetime"/>: under load every submission would
/// otherwise pay a database query for a link that does not change. Safe to keep briefly because the response writer
/// checks the assessment's status again inside its transaction (a link closed meanwhile still refuses the response).
/// Only tokens that exist are remembered, so guessing tokens cannot fill it; it holds at most <see cref="MaxEntries"/>.
/// The survey form and the thank-you page look the link up directly, so they show a closed survey at once.
/// </summary>
public sealed class SurveyLinkCache(TimeProvider clock, SurveyQueries queries)
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

        var link = await queries.FindLinkAsync(db, token, clock.Today(), cancellationToken);
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

/// <summary>
/// The survey link of the current request, looked up once: the request's language (<c>SurveyLanguageCultureProvider</c>)
/// and the use case both need it, and a second query per response was a large part of a submission's cost.
/// Submissions may take the briefly cached copy (<see cref="SurveyLinkCache"/>: the writer checks the status again in its
/// transaction); pages showing the link's state take a fresh one, so a closed survey shows as closed at once.
/// </summary>
public sealed class RequestSurveyLink(SurveyLinkCache cache, SurveyQueries queries, AlignmentDbContext db, TimeProvider clock)
{
    private string? _token;
    private SurveyLinkInfo? _link;
    private bool _fresh;

    /// <summary>For a submission: the cached copy will do.</summary>
    public Task<SurveyLinkInfo?> FindForSubmissionAsync(string? token, CancellationToken cancellationToken) =>
        FindAsync(token, fresh: false, cancellationToken);

    /// <summary>Read from the database in this request.</summary>
    public Task<SurveyLinkInfo?> FindFreshAsync(string? token, CancellationToken cancellationToken) =>
        FindAsync(token, fresh: true, cancellationToken);

    private async Task<SurveyLinkInfo?> FindAsync(string? token, bool fresh, CancellationToken cancellationToken)
    {
        if (_token is not null && string.Equals(_token, token, StringComparison.Ordinal) && (_fresh || !fresh))
        {
            return _link;
        }

        var link = fresh ? await queries.FindLinkAsync(db, token, clock.Today(), cancellationToken) : await cache.FindAsync(db, token, cancellationToken);
        (_token, _link, _fresh) = (token, link, fresh);
        return link;
    }
}
