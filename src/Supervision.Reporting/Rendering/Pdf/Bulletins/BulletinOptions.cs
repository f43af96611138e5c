using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

/// <summary>How bulletins are rendered: fonts and the working-day calendar.</summary>
public sealed record BulletinOptions
{
    /// <summary>The default options: installed system fonts used when present, China's working-day calendar.</summary>
    public static BulletinOptions Default { get; } = new();

    /// <summary>Fonts to use before any other for their role (e.g. an office's licensed 方正小标宋 or 仿宋_GB2312).</summary>
    public IReadOnlyList<PdfFont> Fonts { get; init; } = [];

    /// <summary>
    /// Whether installed fonts (仿宋_GB2312, SimSun, …) are looked for before the bundled ones. Turn off for output
    /// that is byte-identical across machines; the bundled OFL fonts then stand in for every role.
    /// </summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>The working-day calendar for deadlines given in working days and days overdue.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.China;
}
