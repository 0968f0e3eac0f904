using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Tests.Samples;

/// <summary>Realistic report models, filled by hand the way the domain's results will fill them.</summary>
internal static class SampleReports
{
    // Per-statement means of a plausible "Defined going on Aligned" company; Sales sees the relationship worse.
    public static readonly decimal[] SalesMeans =
        [3.4m, 2.1m, 3.2m, 2.6m, 3.3m, 2.2m, 3.0m, 2.9m, 2.4m, 3.1m, 3.5m, 2.3m, 2.8m, 3.6m, 2.7m, 2.5m, 3.9m, 2.6m, 3.0m, 3.2m];

    public static readonly decimal[] MarketingMeans =
        [3.3m, 3.3m, 3.0m, 3.1m, 3.1m, 3.4m, 2.9m, 3.3m, 3.6m, 2.9m, 3.0m, 2.9m, 2.8m, 3.2m, 2.7m, 3.7m, 3.4m, 2.8m, 3.0m, 3.0m];

    public const int SalesRespondents = 14;
    public const int MarketingRespondents = 9;

    public static decimal SalesMeanTotal => SalesMeans.Sum();

    public static decimal MarketingMeanTotal => MarketingMeans.Sum();

    public static decimal OverallMeanTotal =>
        ((SalesMeanTotal * SalesRespondents) + (MarketingMeanTotal * MarketingRespondents)) / (SalesRespondents + MarketingRespondents);

    public const string Decision =
        "Move from Defined to Aligned: hold monthly joint pipeline reviews and agree one definition of a qualified lead.";

    public static DiagnosticReport English(PaperSize paperSize = PaperSize.A4) => Build(
        CultureInfo.GetCultureInfo("en-GB"),
        paperSize,
        organization: "Northwind Components Ltd",
        title: "Sales and Marketing alignment, spring 2026",
        consultant: "Harriet Vance, Meridian Advisory",
        statementText: n => Questionnaire.Get(n).Text(CultureInfo.InvariantCulture),
        shortLabel: n => StatementLabels.ShortLabel(n, CultureInfo.InvariantCulture),
        narrative: EnglishNarrative,
        marketingWithheld: false);

    public static DiagnosticReport Russian() => Build(
        CultureInfo.GetCultureInfo("ru-RU"),
        PaperSize.A4,
        organization: "ООО «Северный ветер»",
        title: "Согласованность продаж и маркетинга, весна 2026",
        consultant: "Анна Соколова, «Меридиан Консалтинг»",
        statementText: n => Questionnaire.Get(n).Text(CultureInfo.GetCultureInfo("ru-RU")),
        shortLabel: n => StatementLabels.ShortLabel(n, CultureInfo.GetCultureInfo("ru-RU")),
        narrative: RussianNarrative,
        marketingWithheld: false);

    public static DiagnosticReport Dutch() => Build(
        CultureInfo.GetCultureInfo("nl-NL"),
        PaperSize.A4,
        organization: "Bakkerij Van den Berg & Zonen B.V.",
        title: "Afstemming verkoop en marketing, voorjaar 2026",
        consultant: "Jeroen de Wijs, Ruysdael Advies",
        statementText: n => Questionnaire.Get(n).Text(CultureInfo.GetCultureInfo("nl-NL")),
        shortLabel: n => StatementLabels.ShortLabel(n, CultureInfo.GetCultureInfo("nl-NL")),
        narrative: DutchNarrative,
        marketingWithheld: false);

    /// <summary>Marketing had too few respondents: none of its figures may appear anywhere.</summary>
    public static DiagnosticReport MarketingWithheld() => Build(
        CultureInfo.GetCultureInfo("en-GB"),
        PaperSize.A4,
        organization: "Contoso Fasteners plc",
        title: "Sales and Marketing alignment, autumn 2026",
        consultant: "Harriet Vance, Meridian Advisory",
        statementText: n => Questionnaire.Get(n).Text(CultureInfo.InvariantCulture),
        shortLabel: n => StatementLabels.ShortLabel(n, CultureInfo.InvariantCulture),
        narrative: EnglishNarrative,
        marketingWithheld: true);

    /// <summary>Very long statement texts so the table needs several pages.</summary>
    public static DiagnosticReport LongTable() => Build(
        CultureInfo.GetCultureInfo("en-GB"),
        PaperSize.A4,
        organization: "Northwind Components Ltd",
        title: "Sales and Marketing alignment, spring 2026",
        consultant: "Harriet Vance, Meridian Advisory",
        statementText: n => string.Join(' ', Enumerable.Repeat(Questionnaire.Get(n).Text(CultureInfo.InvariantCulture), 4)),
        shortLabel: n => Questionnaire.Get(n).Text(CultureInfo.InvariantCulture),
        narrative: EnglishNarrative,
        marketingWithheld: false);

    public const string WithheldReason = "Fewer than 5 respondents: shown only from 5, to keep answers anonymous.";

    private static DiagnosticReport Build(
        CultureInfo culture,
        PaperSize paperSize,
        string organization,
        string title,
        string consultant,
        Func<int, string> statementText,
        Func<int, string> shortLabel,
        Narrative narrative,
        bool marketingWithheld)
    {
        var salesName = AlignmentWording.DepartmentName(Department.Sales, culture);
        var marketingName = AlignmentWording.DepartmentName(Department.Marketing, culture);
        var marketingCount = marketingWithheld ? 3 : MarketingRespondents;
        decimal? Marketing(int n) => marketingWithheld ? null : MarketingMeans[n - 1];
        bool Divergent(int n) => !marketingWithheld && Math.Abs(SalesMeans[n - 1] - MarketingMeans[n - 1]) >= 1.0m;
        var weakSpots = Enumerable.Range(1, 20).OrderBy(n => SalesMeans[n - 1] + (Marketing(n) ?? SalesMeans[n - 1])).Take(3).ToHashSet();

        var sales = LevelFinding.Shown(salesName, SalesMeanTotal, SalesRespondents);
        var marketing = marketingWithheld
            ? LevelFinding.Withheld(marketingName, marketingCount, WithheldReason)
            : LevelFinding.Shown(marketingName, MarketingMeanTotal, MarketingRespondents);
        var overall = marketingWithheld
            ? LevelFinding.Withheld(narrative.Overall, SalesRespondents + marketingCount, WithheldReason)
            : LevelFinding.Shown(narrative.Overall, OverallMeanTotal, SalesRespondents + MarketingRespondents);

        var markers = new List<LevelScaleMarker> { new(salesName, SalesMeanTotal, ChartPalette.Sales) };
        if (!marketingWithheld)
        {
            markers.Add(new LevelScaleMarker(marketingName, MarketingMeanTotal, ChartPalette.Marketing));
        }

        var gapRows = Enumerable.Range(1, 20)
            .Select(n => new PerceptionGapRow(n, shortLabel(n), SalesMeans[n - 1], Marketing(n), Divergent(n)))
            .ToArray();
        var distribution = new List<DistributionSeries> { new(salesName, [2, 8, 4, 0], ChartPalette.Sales) };
        if (!marketingWithheld)
        {
            distribution.Add(new DistributionSeries(marketingName, [0, 3, 5, 1], ChartPalette.Marketing));
        }

        var trend = TrendChart.Create(
            [
                new TrendPoint(narrative.Round1, new DateOnly(2025, 4, 30), 49.2m, marketingWithheld ? null : 58.7m),
                new TrendPoint(narrative.Round2, new DateOnly(2025, 10, 31), 52.8m, marketingWithheld ? null : 61.4m),
                new TrendPoint(narrative.Round3, new DateOnly(2026, 4, 30), SalesMeanTotal, marketingWithheld ? null : MarketingMeanTotal),
            ],
            culture);

        var charts = new ReportCharts(
            LevelScaleChart.Create(markers, culture),
            PerceptionGapChart.Create(gapRows, PerceptionGapOrder.ByNumber, culture),
            TotalsDistributionChart.Create(distribution, culture),
            trend);

        var rows = Enumerable.Range(1, 20)
            .Select(n => new StatementRow(n, statementText(n), SalesMeans[n - 1], Marketing(n), Divergent(n), weakSpots.Contains(n)))
            .ToArray();

        var cover = new ReportCover(
            organization,
            title,
            new DateOnly(2026, 3, 2),
            new DateOnly(2026, 4, 30),
            [new DepartmentResponses(salesName, SalesRespondents), new DepartmentResponses(marketingName, marketingCount)],
            consultant,
            new DateOnly(2026, 5, 6));

        var summary = new ExecutiveSummary(
            [sales, marketing],
            overall,
            marketingWithheld ? string.Empty : narrative.Gap,
            marketingWithheld ? string.Empty : narrative.Significance,
            narrative.Decision);

        var recommendations = new RecommendationsSection(
            narrative.Decision,
            AlignmentWording.LevelName(AlignmentLevel.Defined, culture),
            AlignmentWording.LevelName(AlignmentLevel.Aligned, culture),
            narrative.Reasons,
            narrative.Caveats,
            narrative.Conditions,
            narrative.Actions,
            marketingWithheld ? null : narrative.PerceptionGapAdvice,
            narrative.Checklist,
            narrative.Rationale);

        var withheld = marketingWithheld
            ? new[]
            {
                new WithheldItem(marketingName, WithheldReason),
                new WithheldItem(narrative.Overall, WithheldReason),
            }
            : [];

        return new DiagnosticReport(
            culture.Name,
            paperSize,
            cover,
            summary,
            LevelsExplanation.FromInstrument(marketingWithheld ? null : ScoringKey.LevelOfMean(OverallMeanTotal), culture),
            charts,
            rows,
            recommendations,
            new ReportAppendix(narrative.Method, withheld));
    }

    private sealed record Narrative(
        string Overall,
        string Round1,
        string Round2,
        string Round3,
        string Gap,
        string Significance,
        string Decision,
        string[] Reasons,
        string[] Caveats,
        ConditionLine[] Conditions,
        ActionItem[] Actions,
        string PerceptionGapAdvice,
        ChecklistGroup[] Checklist,
        string Rationale,
        string[] Method);

    private static readonly Narrative EnglishNarrative = new(
        Overall: "Overall",
        Round1: "Spring 2025",
        Round2: "Autumn 2025",
        Round3: "Spring 2026",
        Gap: "Marketing rates the relationship 4.1 points higher than Sales (62.4 against 58.3 out of 100); the two departments disagree most on blame, shared metrics and who owns the lead.",
        Significance: "The difference is statistically significant (Welch's t-test, p = 0.004) and large (Hedges' g = 0.9): it is not an accident of who happened to answer.",
        Decision: Decision,
        Reasons:
        [
            "Conflicts between the two functions are evident: both score statement 2 (no finger-pointing) among their lowest.",
            "Even with defined roles, tasks fall through the cracks between lead generation and follow-up.",
            "Product life cycles in precision components are shortening.",
        ],
        Caveats:
        [
            "Marketing answered with 9 people, Sales with 14: a change of one or two answers moves Marketing's mean noticeably.",
        ],
        Conditions:
        [
            new ConditionLine("Even with careful definition of roles, there's duplication of effort between the functions; or tasks are falling through the cracks.", ConditionState.Holds),
            new ConditionLine("The market is commoditized and makes a traditional sales force costly.", ConditionState.NotAssessed),
            new ConditionLine("Products are developed, prototyped, or extensively customized during the sales process.", ConditionState.Holds),
            new ConditionLine("There's no clear and compelling reason to change.", ConditionState.DoesNotHold),
        ],
        Actions:
        [
            new ActionItem("Encourage disciplined communication", "Hold a monthly meeting of Sales and Marketing with a fixed agenda: pipeline, campaigns, lost deals. Publish a who-to-call list.", "Moving from defined to aligned"),
            new ActionItem("Create joint assignments; rotate jobs", "Marketers join ten sales calls a quarter; key account managers review the campaign plan before it is approved.", "Moving from defined to aligned"),
            new ActionItem("Appoint a liaison from Marketing to work with the sales force", "Choose someone both departments trust, and do not micromanage the role.", "Moving from defined to aligned"),
            new ActionItem("Improve sales force feedback", "Give salespeople a five-minute way to report what customers say about competitors and prices.", "Moving from defined to aligned"),
        ],
        PerceptionGapAdvice: "Before acting on the results, present both departments' views side by side in a joint session and let each explain its lowest-scored statements.",
        Checklist:
        [
            new ChecklistGroup("Integrate activities",
            [
                new ChecklistTask("Jointly involve Sales and Marketing in product planning and in setting sales targets.", "Harriet Vance", new DateOnly(2026, 5, 4)),
                new ChecklistTask("Jointly involve Sales and Marketing in generating value propositions for different market segments."),
                new ChecklistTask("Jointly involve Sales and Marketing in assessing customer needs."),
            ]),
            new ChecklistGroup("Integrate processes and systems",
            [
                new ChecklistTask("Establish common metrics for evaluating the overall success of Sales and Marketing efforts."),
                new ChecklistTask("Utilize and regularly update shared databases.", "Tom Okafor", new DateOnly(2026, 4, 28)),
            ]),
        ],
        Rationale: "The organization is Defined overall; the article advises tightening the relationship when tasks fall through the cracks despite defined roles, which both departments report here.",
        Method:
        [
            "Each respondent rated the 20 statements of Kotler, Rackham and Krishnaswamy (2006) from 1 (strongly disagree) to 5 (strongly agree). A respondent's total is the sum, from 20 to 100.",
            "A department's level is the level of its mean total, shown to one decimal: 20–39 Undefined, 40–59 Defined, 60–79 Aligned, 80–100 Integrated. Departments are compared with Welch's t-test; a statement is divergent when the two means differ by one point or more.",
        ]);

    private static readonly Narrative RussianNarrative = new(
        Overall: "В целом",
        Round1: "Весна 2025",
        Round2: "Осень 2025",
        Round3: "Весна 2026",
        Gap: "Маркетинг оценивает взаимодействие на 4,1 балла выше, чем продажи (62,4 против 58,3 из 100).",
        Significance: "Различие статистически значимо (t-критерий Уэлча, p = 0,004).",
        Decision: "Перейти с уровня «Слабое взаимодействие» на уровень «Согласованное взаимодействие»: ежемесячные совместные обзоры воронки продаж и единое определение квалифицированного лида.",
        Reasons: ["Конфликты между подразделениями очевидны.", "Задачи теряются между генерацией лидов и их обработкой."],
        Caveats: ["Маркетинг представлен девятью респондентами."],
        Conditions:
        [
            new ConditionLine("Даже при чётком разделении ролей усилия дублируются или задачи теряются.", ConditionState.Holds),
            new ConditionLine("Рынок превращается в товарный, и традиционный отдел продаж обходится дорого.", ConditionState.NotAssessed),
        ],
        Actions:
        [
            new ActionItem("Дисциплинированная коммуникация", "Ежемесячная встреча продаж и маркетинга с постоянной повесткой.", "Переход от слабого к согласованному взаимодействию"),
            new ActionItem("Совместные задания и ротация", "Маркетологи участвуют в десяти встречах с клиентами в квартал.", "Переход от слабого к согласованному взаимодействию"),
        ],
        PerceptionGapAdvice: "Покажите обоим подразделениям их оценки рядом и обсудите самые низкие из них.",
        Checklist:
        [
            new ChecklistGroup("Интегрировать деятельность",
            [
                new ChecklistTask("Совместно привлекать продажи и маркетинг к планированию продуктов и установлению целей продаж.", "Анна Соколова", new DateOnly(2026, 5, 4)),
                new ChecklistTask("Совместно оценивать потребности клиентов."),
            ]),
        ],
        Rationale: "Организация находится на уровне «Слабое взаимодействие»; статья советует сблизить подразделения, когда задачи теряются.",
        Method: ["Каждый респондент оценил 20 утверждений по шкале от 1 до 5; сумма лежит в пределах от 20 до 100."]);

    private static readonly Narrative DutchNarrative = new(
        Overall: "Totaal",
        Round1: "Voorjaar 2025",
        Round2: "Najaar 2025",
        Round3: "Voorjaar 2026",
        Gap: "Marketing beoordeelt de samenwerking 4,1 punten hoger dan Sales (62,4 tegenover 58,3 van de 100).",
        Significance: "Het verschil is statistisch significant (Welch-toets, p = 0,004): geen toeval van wie er toevallig antwoordde.",
        Decision: "Van Defined naar Aligned: houd maandelijks een gezamenlijke pijplijnbespreking en spreek één definitie van een gekwalificeerde lead af.",
        Reasons: ["Conflicten tussen beide afdelingen zijn zichtbaar.", "Taken vallen tussen wal en schip, ondanks afgebakende rollen."],
        Caveats: ["Marketing antwoordde met negen personen; één of twee antwoorden verschuiven het gemiddelde merkbaar."],
        Conditions:
        [
            new ConditionLine("Ondanks zorgvuldig afgebakende rollen wordt werk dubbel gedaan of vallen taken tussen wal en schip.", ConditionState.Holds),
            new ConditionLine("Producten worden tijdens het verkoopproces ontwikkeld of sterk aangepast.", ConditionState.NotApplicable),
        ],
        Actions:
        [
            new ActionItem("Gedisciplineerde communicatie", "Maandelijks overleg van Sales en Marketing met een vaste agenda; een actuele ‘wie-bel-ik’-lijst.", "Van Defined naar Aligned"),
            new ActionItem("Gezamenlijke opdrachten; functieroulatie", "Marketeers gaan tien keer per kwartaal mee op klantbezoek.", "Van Defined naar Aligned"),
        ],
        PerceptionGapAdvice: "Laat beide afdelingen hun scores naast elkaar zien in een gezamenlijke sessie, vóór er maatregelen worden genomen.",
        Checklist:
        [
            new ChecklistGroup("Integreer activiteiten",
            [
                new ChecklistTask("Betrek Sales en Marketing samen bij productplanning en het vaststellen van salesdoelen.", "Jeroen de Wijs", new DateOnly(2026, 5, 4)),
                new ChecklistTask("Betrek Sales en Marketing samen bij het bepalen van klantbehoeften."),
            ]),
        ],
        Rationale: "De organisatie is in totaal Defined; het artikel raadt aan de relatie aan te halen wanneer taken tussen wal en schip vallen.",
        Method: ["Elke respondent beoordeelde de 20 stellingen van 1 (helemaal oneens) tot 5 (helemaal eens); het totaal ligt tussen 20 en 100."]);
}
