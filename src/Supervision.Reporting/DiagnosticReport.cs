using System.Globalization;
using System.Text;

namespace Supervision.Reporting;

/// <summary>Every <see cref="Diagnostic"/> found in one input (or one generation), errors and warnings together, in the order of their places.</summary>
public sealed class DiagnosticReport
{
    /// <summary>How many diagnostics <see cref="ToString"/> lists before it says how many more there are.</summary>
    public const int MaxListed = 200;

    internal DiagnosticReport(IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = [.. diagnostics];
        Errors = [.. Diagnostics.Where(d => d.IsError)];
        Warnings = [.. Diagnostics.Where(d => !d.IsError)];
    }

    /// <summary>A report with no diagnostics.</summary>
    public static DiagnosticReport Empty { get; } = new([]);

    /// <summary>All diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The errors.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>The warnings.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => Errors.Count > 0;

    internal DiagnosticReport Merge(DiagnosticReport other) =>
        other.Diagnostics.Count == 0 ? this : Diagnostics.Count == 0 ? other : new DiagnosticReport(Diagnostics.Concat(other.Diagnostics));

    /// <summary>
    /// A summary line followed by one line per diagnostic, errors first; past <see cref="MaxListed"/> lines, one last
    /// line says how many more there are (the report itself keeps them all).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Errors.Count} error(s), {Warnings.Count} warning(s)");
        var listed = 0;
        foreach (var diagnostic in Errors.Concat(Warnings))
        {
            if (listed == MaxListed)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n… and {Diagnostics.Count - listed} more");
                break;
            }

            text.Append('\n').Append(diagnostic);
            listed++;
        }

        return text.ToString();
    }
}
