using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// One anonymous, complete survey response. Deliberately holds nothing that identifies the respondent: no user, IP
/// address, user agent or cookie, and the day of submission only (no time of day). The 20 answers are separate small
/// integer columns (A01..A20) so that the database can count answers per statement with GROUP BY.
/// </summary>
public class Response
{
    public long Id { get; set; }
    public int AssessmentId { get; set; }
    public Department Department { get; set; }
    public RespondentRole Role { get; set; }
    public DateOnly SubmittedOn { get; set; }

    /// <summary>Random key put in the form when it is rendered: a refresh or double click sends the same key again.</summary>
    public Guid SubmissionKey { get; set; }

    /// <summary>Sum of A01..A20, 20-100.</summary>
    public short Total { get; set; }

    public byte A01 { get; set; }

    public byte A02 { get; set; }

    public byte A03 { get; set; }

    public byte A04 { get; set; }

    public byte A05 { get; set; }

    public byte A06 { get; set; }

    public byte A07 { get; set; }

    public byte A08 { get; set; }

    public byte A09 { get; set; }

    public byte A10 { get; set; }

    public byte A11 { get; set; }

    public byte A12 { get; set; }

    public byte A13 { get; set; }

    public byte A14 { get; set; }

    public byte A15 { get; set; }

    public byte A16 { get; set; }

    public byte A17 { get; set; }

    public byte A18 { get; set; }

    public byte A19 { get; set; }

    public byte A20 { get; set; }

    /// <summary>Column name of statement <paramref name="statementNumber"/>'s answer: "A01".."A20".</summary>
    public static string AnswerColumn(int statementNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"A{Questionnaire.Get(statementNumber).Number:00}");

    public int Answer(int statementNumber) => statementNumber switch
    {
        1 => A01,
        2 => A02,
        3 => A03,
        4 => A04,
        5 => A05,
        6 => A06,
        7 => A07,
        8 => A08,
        9 => A09,
        10 => A10,
        11 => A11,
        12 => A12,
        13 => A13,
        14 => A14,
        15 => A15,
        16 => A16,
        17 => A17,
        18 => A18,
        19 => A19,
        20 => A20,
        _ => throw new ArgumentOutOfRangeException(nameof(statementNumber), statementNumber, null),
    };

    public SurveyAnswers ToSurveyAnswers() =>
        SurveyAnswers.Create(Enumerable.Range(1, Questionnaire.StatementCount).Select(Answer).ToArray());

    public void SetAnswers(SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        A01 = (byte)answers[1];
        A02 = (byte)answers[2];
        A03 = (byte)answers[3];
        A04 = (byte)answers[4];
        A05 = (byte)answers[5];
        A06 = (byte)answers[6];
        A07 = (byte)answers[7];
        A08 = (byte)answers[8];
        A09 = (byte)answers[9];
        A10 = (byte)answers[10];
        A11 = (byte)answers[11];
        A12 = (byte)answers[12];
        A13 = (byte)answers[13];
        A14 = (byte)answers[14];
        A15 = (byte)answers[15];
        A16 = (byte)answers[16];
        A17 = (byte)answers[17];
        A18 = (byte)answers[18];
        A19 = (byte)answers[19];
        A20 = (byte)answers[20];
        Total = (short)answers.Total;
    }
}
