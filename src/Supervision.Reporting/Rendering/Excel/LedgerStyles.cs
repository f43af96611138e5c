using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

internal enum CellKind
{
    Text,
    Centered,
    Date,
    Number,
}

// The ledger's cell styles, registered once per workbook: four kinds of body cell, each plain or filled
// with one of the deadline-light colours, plus title, subtitle, header and summary styles.
internal sealed class LedgerStyles
{
    // Excel's own "good / neutral / bad" pastel fills, which clerks recognise, and a pale blue for ongoing.
    public const string GreenFill = "C6EFCE";
    public const string YellowFill = "FFEB9C";
    public const string RedFill = "FFC7CE";
    public const string BlueFill = "DDEBF7";
    public const string HeaderFill = "D9E1F2";

    private readonly StyleId[,] body;

    public LedgerStyles(Spreadsheet sheet, Language language)
    {
        var dateFormat = NumberFormat.Custom(LedgerText.DateFormat(language));
        var fills = new[] { (string?)null, GreenFill, YellowFill, RedFill, BlueFill };
        body = new StyleId[4, fills.Length];
        for (var light = 0; light < fills.Length; light++)
        {
            body[(int)CellKind.Text, light] = sheet.AddStyle(Body(fills[light], HorizontalAlignment.Left, null));
            body[(int)CellKind.Centered, light] = sheet.AddStyle(Body(fills[light], HorizontalAlignment.Center, null));
            body[(int)CellKind.Date, light] = sheet.AddStyle(Body(fills[light], HorizontalAlignment.Center, dateFormat));
            body[(int)CellKind.Number, light] = sheet.AddStyle(Body(fills[light], HorizontalAlignment.Center, null));
        }

        Title = sheet.AddStyle(new Style
        {
            Font = { Bold = true, Size = 18 },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center },
        });
        Subtitle = sheet.AddStyle(new Style
        {
            Font = { Size = 11 },
            Alignment = { Horizontal = HorizontalAlignment.Right, Vertical = VerticalAlignment.Center },
        });
        var header = Body(HeaderFill, HorizontalAlignment.Center, null);
        header.Font.Bold = true;
        Header = sheet.AddStyle(header);
        var section = new Style { Font = { Bold = true, Size = 12 }, Alignment = { Vertical = VerticalAlignment.Center } };
        Section = sheet.AddStyle(section);
        Percent = sheet.AddStyle(Body(null, HorizontalAlignment.Center, NumberFormat.Custom("0.0%")));
        var totalText = Body("F2F2F2", HorizontalAlignment.Center, null);
        totalText.Font.Bold = true;
        TotalText = sheet.AddStyle(totalText);
        var totalPercent = Body("F2F2F2", HorizontalAlignment.Center, NumberFormat.Custom("0.0%"));
        totalPercent.Font.Bold = true;
        TotalPercent = sheet.AddStyle(totalPercent);
        Plain = sheet.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Center, WrapText = true } });
        Light = [.. fills.Skip(1).Select(f => sheet.AddStyle(Body(f, HorizontalAlignment.Left, null)))];
    }

    public StyleId Title { get; }

    public StyleId Subtitle { get; }

    public StyleId Header { get; }

    public StyleId Section { get; }

    public StyleId Percent { get; }

    public StyleId TotalText { get; }

    public StyleId TotalPercent { get; }

    public StyleId Plain { get; }

    // Green, yellow, red, blue swatches for the legend.
    public IReadOnlyList<StyleId> Light { get; }

    public StyleId Body(CellKind kind, LightFill light) => body[(int)kind, (int)light];

    private static Style Body(string? fill, HorizontalAlignment horizontal, NumberFormat? format)
    {
        var thin = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = Color.FromArgb(0x80, 0x80, 0x80) };
        var style = new Style
        {
            Alignment = { Horizontal = horizontal, Vertical = VerticalAlignment.Center, WrapText = true },
            Border = { Left = thin, Right = thin, Top = thin, Bottom = thin },
            Format = format,
        };
        if (fill is not null)
        {
            style.Fill.Color = Rgb(fill);
        }

        return style;
    }

    private static Color Rgb(string hex) => Color.FromArgb(
        Convert.ToInt32(hex[..2], 16),
        Convert.ToInt32(hex[2..4], 16),
        Convert.ToInt32(hex[4..], 16));
}
