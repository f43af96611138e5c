namespace Supervision.Reporting.Analytics;

/// <summary>The dimensions a round's findings are broken down by.</summary>
public enum BreakdownDimension
{
    /// <summary>Problem category (问题类别); keys are category codes.</summary>
    Category,

    /// <summary>Focus area (监督重点); keys are focus area codes.</summary>
    FocusArea,

    /// <summary>Responsible unit (责任单位); keys are unit ids.</summary>
    ResponsibleUnit,

    /// <summary>Top-level area (县区); keys are unit ids.</summary>
    Area,

    /// <summary>Inspection group (监督检查组); keys are group ids.</summary>
    Group,

    /// <summary>Severity; keys are severity codes.</summary>
    Severity,

    /// <summary>Source; keys are source codes.</summary>
    Source,
}
