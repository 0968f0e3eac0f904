using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>What starting an assessment asks for: the Create page's form and the API's body.</summary>
public sealed class StartAssessmentRequest
{
    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(Assessment.TitleMaxLength, ErrorMessage = "The title is too long.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [MinimumGroupSize]
    [Display(Name = "Smallest group")]
    public int MinimumGroupSize { get; set; } = AnonymityRule.DefaultMinimumGroupSize;

    [Range(1, 100_000, ErrorMessage = "Enter a number of at least 1, or leave it empty.")]
    [Display(Name = "Expected Sales respondents")]
    public int? ExpectedSales { get; set; }

    [Range(1, 100_000, ErrorMessage = "Enter a number of at least 1, or leave it empty.")]
    [Display(Name = "Expected Marketing respondents")]
    public int? ExpectedMarketing { get; set; }

    /// <summary>"en", "ru" or "nl": the language respondents see first; the consultant's own language when empty.</summary>
    [AllowedValues(null, "en", "ru", "nl", ErrorMessage = "Choose English, Russian or Dutch as the survey language.")]
    [Display(Name = "Survey language")]
    public string? SurveyLanguage { get; set; }

    /// <summary>Which departments get an open (shared, reusable) link; both off when not sent: personal invitations are the default.</summary>
    public OpenLinks? OpenLinks { get; set; }

    /// <summary>The last day for answers ("YYYY-MM-DD", today or later; answers are accepted to the end of that day in UTC); none when empty.</summary>
    [DataType(DataType.Date)]
    [Display(Name = "Closing date")]
    public DateOnly? ClosesOn { get; set; }

    /// <summary>Whether the survey asks the optional Buying Funnel part after the statements (off when not sent).</summary>
    public bool BuyingFunnel { get; set; }
}

/// <summary>The rule for a closing date, shared by starting an assessment and changing the date later.</summary>
public static class ClosingDateRule
{
    public const string InThePastMessage = "The closing date must be today or later.";

    /// <summary>Null when <paramref name="closesOn"/> is acceptable on <paramref name="today"/> (UTC); otherwise the message.</summary>
    public static string? Check(DateOnly? closesOn, DateOnly today) => closesOn is { } date && date < today ? InThePastMessage : null;
}

/// <summary>
/// A minimum group size the anonymity rule accepts, with the rule's own message. A range, so that the OpenAPI document
/// shows the bounds as minimum and maximum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MinimumGroupSizeAttribute : RangeAttribute
{
    public MinimumGroupSizeAttribute()
        : base(AnonymityRule.SmallestAllowed, AnonymityRule.LargestAllowed) => ErrorMessage = AnonymityRule.OutOfRangeMessage;

    public override bool IsValid(object? value) => value is int size && AnonymityRule.IsAllowedSize(size);
}

/// <summary>
/// Starts an assessment in an organization the caller may change (the organization filter has checked): open, dated
/// today, with one survey link per department.
/// </summary>
public sealed class StartAssessment(AlignmentDbContext db, TimeProvider clock, PlanCarryOver planCarryOver)
{
    public abstract record Result;

    public sealed record Started(Assessment Assessment) : Result;

    /// <summary>Errors by property name of <see cref="StartAssessmentRequest"/>; nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result;

    public async Task<Result> HandleAsync(int organizationId, StartAssessmentRequest request, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today();
        var errors = Validate(request);
        if (ClosingDateRule.Check(request.ClosesOn, today) is { } closingDateError)
        {
            errors[nameof(StartAssessmentRequest.ClosesOn)] = [closingDateError];
        }

        if (errors.Count > 0)
        {
            return new Invalid(errors);
        }

        var assessment = Assessment.Start(
            organizationId, request.Title, request.MinimumGroupSize, request.ExpectedSales, request.ExpectedMarketing, createdBy, today);
        assessment.SetClosingDate(request.ClosesOn, today);
        assessment.SurveyLanguage = request.SurveyLanguage ?? SupportedCultures.Closest(CultureInfo.CurrentUICulture);
        if (request.OpenLinks is { } openLinks)
        {
            assessment.SalesOpenLink = openLinks.Sales;
            assessment.MarketingOpenLink = openLinks.Marketing;
        }

        assessment.BuyingFunnel = request.BuyingFunnel;
        db.Assessments.Add(assessment);
        // The new round starts from the previous round's open plan items, saved with it (decision 0016).
        await planCarryOver.CopyOpenItemsAsync(assessment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Started(assessment);
    }

    /// <summary>The request's own rules (the adapters have usually checked them already, with localized messages).</summary>
    public static Dictionary<string, string[]> Validate(StartAssessmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.Select(m => (Field: m, Message: r.ErrorMessage ?? "")))
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
    }
}
