using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf;

namespace Supervision.Reporting;

/// <summary>
/// The document spec of a bulletin: what the round does not say — the issuing-authority mark, the document
/// number, recipients, fixed paragraphs, the signature, dates and the 版记. Every member has a default, so
/// <c>new BulletinSpec()</c> gives a proper document; read one from JSON with <see cref="BulletinSpecJson"/>.
/// </summary>
public sealed record BulletinSpec
{
    private readonly AnalyticsOptions _analytics = AnalyticsOptions.Default;
    private readonly Language _language = Language.ZhHans;
    private readonly Audience _audience = Audience.Public;
    private readonly CaseSelection _caseSelection = CaseSelection.Noticed;
    private readonly TitleNumerals _titleNumerals = TitleNumerals.Arabic;
    private readonly TablePlacement _tables = TablePlacement.Annex;
    private readonly BulletinKind _kind = BulletinKind.TypicalCases;
    private readonly BulletinFormat _format = BulletinFormat.Pdf;

    /// <summary>The kind of bulletin; typical cases by default.</summary>
    public BulletinKind Kind { get => _kind; init => _kind = Guard.Defined(value); }

    /// <value>The file format: <see cref="BulletinFormat.Pdf"/> (the final form) by default, or <see cref="BulletinFormat.Word"/> (.docx, the editable draft of the same content).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public BulletinFormat Format { get => _format; init => _format = Guard.Defined(value); }

    /// <summary>
    /// The issuing-authority mark (发文机关标志), one line per organ (e.g. 中共桂林市纪律检查委员会 and
    /// 桂林市监察委员会). Default: derived from the round's authority (a …纪委监委 becomes its two organs).
    /// </summary>
    public EquatableArray<string> AuthorityMark { get; init; } = [];

    /// <summary>A word set to the right of the mark, such as 文件; none by default.</summary>
    public string? MarkSuffix { get; init; }

    /// <summary>The document number (发文字号), e.g. 桂纪通〔2022〕12号; omitted when null (daily reports show their issue number instead).</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The issue number of a daily report (第N期); default: the day's place in the round's period.</summary>
    public int? IssueNumber { get; init; }

    /// <summary>The title; default composed from the content (e.g. 关于3起疫情防控工作中典型问题的通报).</summary>
    public string? Title { get; init; }

    /// <summary>The main recipients (主送), ending without the colon; a default suited to the round when null.</summary>
    public string? Recipients { get; init; }

    /// <summary>The opening paragraphs; default written for the kind of bulletin from the round.</summary>
    public EquatableArray<string> Preamble { get; init; } = [];

    /// <summary>The closing requirements paragraphs; default written for the kind of bulletin.</summary>
    public EquatableArray<string> Requirements { get; init; } = [];

    /// <summary>The findings to present as cases, in order; when empty they are chosen by <see cref="CaseSelection"/>.</summary>
    public EquatableArray<string> CaseIds { get; init; } = [];

    /// <summary>How cases are chosen when <see cref="CaseIds"/> is empty.</summary>
    public CaseSelection CaseSelection { get => _caseSelection; init => _caseSelection = Guard.Defined(value); }

    /// <summary>The date the statistics are taken (截至); default the round's period end.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The day a daily report is about; default <see cref="AsOf"/>.</summary>
    public LocalDate? ReportDate { get; init; }

    /// <summary>The signature lines (署名); default the round's authority.</summary>
    public EquatableArray<string> Signatory { get; init; } = [];

    /// <summary>The date of the document (成文日期), printed in Arabic numerals; default <see cref="AsOf"/>. Also the PDF's creation date.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>
    /// Copy-to organs (抄送) for the 版记; when null, the <see cref="Superior"/> if the spec names one, else none. An
    /// empty string prints no 抄送 line even when there is a superior.
    /// </summary>
    public string? CopyTo { get; init; }

    /// <summary>The issuing authority's superior organ (上级机关, e.g. 自治区纪委监委): the default 抄送 of the 版记; none by default.</summary>
    public string? Superior { get; init; }

    /// <summary>How the count of cases is written in a typical-case bulletin's title; Arabic (关于5起…) by default.</summary>
    public TitleNumerals TitleNumerals { get => _titleNumerals; init => _titleNumerals = Guard.Defined(value); }

    /// <summary>
    /// The document number (发文字号) of the typical-case bulletin, e.g. 桂纪通〔2022〕5号: the statistical bulletin then
    /// cites the typical cases by that number instead of by the notices' titles. None by default.
    /// </summary>
    public string? TypicalCasesNotice { get; init; }

    /// <summary>
    /// Where a statistical bulletin puts its tables and charts: in one 附件 after the signature (the default) or in the
    /// body after the paragraphs that cite them.
    /// </summary>
    public TablePlacement Tables { get => _tables; init => _tables = Guard.Defined(value); }

    /// <summary>The printing office (印发机关) for the 版记; default the authority's office (e.g. 桂林市纪委监委办公室).</summary>
    public string? PrintedBy { get; init; }

    /// <summary>The printing date (印发日期); default <see cref="Date"/>.</summary>
    public LocalDate? PrintedOn { get; init; }

    /// <summary>Public documents mask people per their disclosure; internal ones show full names. Public by default.</summary>
    public Audience Audience { get => _audience; init => _audience = Guard.Defined(value); }

    /// <summary>The language of labels and generated prose; zh-Hans by default.</summary>
    public Language Language { get => _language; init => _language = Guard.Defined(value); }

    /// <value>
    /// For a zh-Hant document: true keeps the round's and the spec's own text as entered (only the library's own
    /// wording is in Traditional characters); false, the default, converts it too, phrase by phrase (OpenCC's
    /// dictionaries: 台账 → 台賬, 发现 → 發現). Ignored for other languages.
    /// </value>
    public bool KeepDataAsEntered { get; init; }

    /// <summary>A PNG image of the seal, placed over the signature and date; none by default.</summary>
    public EquatableArray<byte> SealPng { get; init; } = [];

    /// <value>The working-day calendar and the deadline-light thresholds used for deadlines in working days, days
    /// overdue and "due soon"; <see cref="AnalyticsOptions.Default"/> (China's calendar) by default.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AnalyticsOptions Analytics { get => _analytics; init => _analytics = Guard.NotNull(value); }

    /// <value>Fonts to use before any other for their role (e.g. an office's licensed 方正小标宋 or 仿宋_GB2312); none by default.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public EquatableArray<PdfFont> Fonts { get; init; } = [];

    /// <value>
    /// Whether installed fonts (仿宋_GB2312, SimSun, …) are looked for before the bundled ones; true by default. Turn
    /// off for output that is byte-identical across machines: the bundled OFL fonts then stand in for every role.
    /// </value>
    public bool UseSystemFonts { get; init; } = true;
}
