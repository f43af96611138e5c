namespace Supervision.Reporting.Rendering.Excel;

// The fill of a detail row: none, or the colour of its deadline light as of the ledger's date.
internal enum LightFill
{
    None,
    Green,
    Yellow,
    Red,
    Blue,
}
