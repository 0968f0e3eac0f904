using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>Opening a survey link: what the form needs (the department), or that there is no such survey, or that it is closed.</summary>
public sealed class OpenSurvey(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result
    {
        private Result()
        {
        }

        /// <summary>The survey accepts answers.</summary>
        public sealed record Open(SurveyLinkInfo Link) : Result;

        /// <summary>The assessment is closed, or its closing date has passed: the link is real but accepts nothing.</summary>
        public sealed record Closed(SurveyLinkInfo Link) : Result;

        /// <summary>A personal invitation that was used already: it submits once.</summary>
        public sealed record Used(SurveyLinkInfo Link) : Result;

        /// <summary>The department's open link, switched off by the consultant: invitations are used instead.</summary>
        public sealed record NotInUse(SurveyLinkInfo Link) : Result;

        public sealed record NotFound : Result;
    }

    public async Task<Result> HandleAsync(string? token, CancellationToken cancellationToken)
    {
        var link = await SurveyLinks.FindAsync(db, token, clock.Today(), cancellationToken);
        return link switch
        {
            null => new Result.NotFound(),
            { IsOpen: false } => new Result.Closed(link),
            { NotInUse: true } => new Result.NotInUse(link),
            { Used: true } => new Result.Used(link),
            _ => new Result.Open(link),
        };
    }
}
