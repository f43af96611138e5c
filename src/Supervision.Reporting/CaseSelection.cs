namespace Supervision.Reporting;

/// <summary>How a bulletin chooses its cases when <see cref="BulletinSpec.CaseIds"/> does not list them.</summary>
public enum CaseSelection
{
    /// <summary>Findings named by a public notice (公开通报); when there are none, findings with accountability measures. The default.</summary>
    Noticed,

    /// <summary>Findings with at least one accountability measure.</summary>
    WithMeasures,

    /// <summary>Serious and major findings.</summary>
    Serious,
}
