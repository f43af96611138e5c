using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;

namespace Supervision.Reporting;

/// <summary>The outcome of importing a returned ledger: the updated round and what changed.</summary>
public sealed record ImportedRound
{
    /// <summary>A new round with the accepted rows applied; the input round when nothing was applied.</summary>
    public required SupervisionRound Round { get; init; }

    /// <summary>What was applied, left unchanged, rejected or found suspicious.</summary>
    public required ChangeReport Changes { get; init; }
}
