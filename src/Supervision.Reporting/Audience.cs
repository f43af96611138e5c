namespace Supervision.Reporting;

/// <summary>Who a document is for, which decides how people are named in it (docs/bulletins.md, "Names").</summary>
public enum Audience
{
    /// <summary>A public document: people are named per their disclosure (masked as surname + 某 by default, hidden people omitted).</summary>
    Public,

    /// <summary>An internal document: full names.</summary>
    Internal,
}
