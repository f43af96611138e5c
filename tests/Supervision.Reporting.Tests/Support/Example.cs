using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Tests.Support;

// The shipped Guilin example, read once per test run.
internal static class Example
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "Examples", "guilin-2022-11.json");

    private static readonly Lazy<SupervisionRound> Lazy = new(() => RoundJson.ReadFile(Path).GetValueOrThrow());

    public static SupervisionRound Guilin => Lazy.Value;
}
