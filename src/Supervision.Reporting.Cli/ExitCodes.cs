namespace Supervision.Reporting.Cli;

/// <summary>The tool's exit codes (docs in the README).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int UsageOrIo = 2;
}
