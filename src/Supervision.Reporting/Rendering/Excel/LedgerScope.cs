namespace Supervision.Reporting.Rendering.Excel;

// The part of a round one split workbook covers: the unit (or area, or group) by id and name. The writer names it
// in the title and writes it on 说明, where a batch import reads it back to check each returned file's rows.
internal sealed record LedgerScope(LedgerSplit By, string Key, string Name)
{
    // Codes as in the CLI's --split-by and the manifest.
    public string Code => By switch
    {
        LedgerSplit.Area => "area",
        LedgerSplit.Group => "group",
        _ => "responsible-unit",
    };

    // Written on 说明 as "responsible-unit/quanzhou-health": ids contain no '/', the first one splits.
    public string Reference => Code + "/" + Key;

    public static bool TryParseCode(string? code, out LedgerSplit by)
    {
        switch (code)
        {
            case "responsible-unit":
                by = LedgerSplit.ResponsibleUnit;
                return true;
            case "area":
                by = LedgerSplit.Area;
                return true;
            case "group":
                by = LedgerSplit.Group;
                return true;
            default:
                by = default;
                return false;
        }
    }
}
