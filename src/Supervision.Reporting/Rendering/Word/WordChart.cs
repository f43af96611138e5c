using System.Globalization;
using System.Text;
using System.Xml;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Rendering.Word;

// A bulletin chart as a native DrawingML chart part (c:chartSpace): the labels and values are written both as
// the chart's caches and, through c:externalData, into an embedded workbook, so that a reviewer who opens
// "Edit data" in Word or WPS and changes a figure sees the chart follow. The caption stays a paragraph above
// the chart (as the PDF sets it above the plot), where a clerk edits it like any other text.
internal static class WordChart
{
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The PDF's chart palette (ChartPalette.Series), in the same order.
    private static readonly string[] Palette = ["C00000", "4F6D8F", "595959", "D98C8C", "9FB4C8", "A6A6A6"];

    private const string HorizontalBarColour = "4F6D8F";

    // The chart's height in points, as the PDF gives it: a horizontal chart grows with its bars.
    public static double Height(BodyChart chart) => chart.Kind switch
    {
        BodyChartKind.HorizontalBars => Math.Max(160, 40 + (22 * chart.Labels.Count)),
        BodyChartKind.Donut => 190,
        _ => 210,
    } - 24;

    public static byte[] ChartSpace(BodyChart chart, string workbookRelationshipId)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("c", "chartSpace", C);
            w.WriteAttributeString("xmlns", "a", null, A);
            w.WriteAttributeString("xmlns", "r", null, R);
            Val(w, "date1904", "0");
            Val(w, "lang", chart.LatinParentheses ? "en-US" : "zh-CN");
            Val(w, "roundedCorners", "0");
            w.WriteStartElement("c", "chart", C);
            Val(w, "autoTitleDeleted", "1");
            w.WriteStartElement("c", "plotArea", C);
            w.WriteElementString("c", "layout", C, string.Empty);
            switch (chart.Kind)
            {
                case BodyChartKind.Line:
                    Line(w, chart);
                    Axes(w, chart, horizontal: false);
                    break;
                case BodyChartKind.Bars:
                case BodyChartKind.HorizontalBars:
                    Bars(w, chart);
                    Axes(w, chart, horizontal: chart.Kind == BodyChartKind.HorizontalBars);
                    break;
                case BodyChartKind.Donut:
                    Donut(w, chart);
                    break;
                default:
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No Word chart for chart kind {chart.Kind}."));
            }

            w.WriteEndElement(); // plotArea
            if (chart.Kind is BodyChartKind.Line or BodyChartKind.Donut)
            {
                w.WriteStartElement("c", "legend", C);
                Val(w, "legendPos", chart.Kind == BodyChartKind.Donut ? "r" : "b");
                Val(w, "overlay", "0");
                w.WriteEndElement();
            }

            Val(w, "plotVisOnly", "1");
            Val(w, "dispBlanksAs", "gap");
            w.WriteEndElement(); // chart
            TextProperties(w, 900);
            w.WriteStartElement("c", "externalData", C);
            w.WriteAttributeString("r", "id", R, workbookRelationshipId);
            Val(w, "autoUpdate", "0");
            w.WriteEndElement();
            w.WriteEndElement(); // chartSpace
        }

        return buffer.ToArray();
    }

    private static void Bars(XmlWriter w, BodyChart chart)
    {
        bool horizontal = chart.Kind == BodyChartKind.HorizontalBars;
        w.WriteStartElement("c", "barChart", C);
        Val(w, "barDir", horizontal ? "bar" : "col");
        Val(w, "grouping", "clustered");
        Val(w, "varyColors", "0");
        if (!chart.Series.IsEmpty)
        {
            // Bar charts show the first series, as the PDF does.
            Series(w, chart, 0, horizontal ? HorizontalBarColour : Palette[0], line: false);
        }

        Val(w, "gapWidth", "60");
        Val(w, "axId", "1001");
        Val(w, "axId", "1002");
        w.WriteEndElement();
    }

    private static void Line(XmlWriter w, BodyChart chart)
    {
        w.WriteStartElement("c", "lineChart", C);
        Val(w, "grouping", "standard");
        Val(w, "varyColors", "0");
        for (var i = 0; i < chart.Series.Count; i++)
        {
            Series(w, chart, i, Palette[i % Palette.Length], line: true);
        }

        Val(w, "marker", "1");
        Val(w, "axId", "1001");
        Val(w, "axId", "1002");
        w.WriteEndElement();
    }

    private static void Donut(XmlWriter w, BodyChart chart)
    {
        w.WriteStartElement("c", "doughnutChart", C);
        Val(w, "varyColors", "1");
        if (!chart.Series.IsEmpty)
        {
            w.WriteStartElement("c", "ser", C);
            Val(w, "idx", "0");
            Val(w, "order", "0");
            SeriesName(w, chart.Series[0].Name);
            for (var p = 0; p < chart.Labels.Count; p++)
            {
                w.WriteStartElement("c", "dPt", C);
                Val(w, "idx", Int(p));
                Val(w, "bubble3D", "0");
                ShapeFill(w, Palette[p % Palette.Length], line: false);
                w.WriteEndElement();
            }

            w.WriteStartElement("c", "dLbls", C);
            Val(w, "showLegendKey", "0");
            Val(w, "showVal", "0");
            Val(w, "showCatName", "0");
            Val(w, "showSerName", "0");
            Val(w, "showPercent", "1");
            Val(w, "showBubbleSize", "0");
            Val(w, "showLeaderLines", "1");
            w.WriteEndElement();
            Categories(w, chart);
            Values(w, chart.Series[0], 0, string.Empty);
            w.WriteEndElement();
        }

        Val(w, "firstSliceAng", "0");
        Val(w, "holeSize", "55");
        w.WriteEndElement();
    }

    private static void Series(XmlWriter w, BodyChart chart, int index, string colour, bool line)
    {
        var series = chart.Series[index];
        w.WriteStartElement("c", "ser", C);
        Val(w, "idx", Int(index));
        Val(w, "order", Int(index));
        SeriesName(w, series.Name, index);
        ShapeFill(w, colour, line);
        if (line)
        {
            w.WriteStartElement("c", "marker", C);
            Val(w, "symbol", "circle");
            Val(w, "size", "4");
            w.WriteEndElement();
        }
        else
        {
            Val(w, "invertIfNegative", "0");
            w.WriteStartElement("c", "dLbls", C);
            w.WriteStartElement("c", "numFmt", C);
            w.WriteAttributeString("formatCode", NumberFormat(chart.Unit));
            w.WriteAttributeString("sourceLinked", "0");
            w.WriteEndElement();
            Val(w, "dLblPos", "outEnd");
            Val(w, "showLegendKey", "0");
            Val(w, "showVal", "1");
            Val(w, "showCatName", "0");
            Val(w, "showSerName", "0");
            Val(w, "showPercent", "0");
            Val(w, "showBubbleSize", "0");
            w.WriteEndElement();
        }

        Categories(w, chart);
        Values(w, series, index, chart.Unit);
        if (line)
        {
            Val(w, "smooth", "0");
        }

        w.WriteEndElement();
    }

    private static void SeriesName(XmlWriter w, string name, int index = 0)
    {
        w.WriteStartElement("c", "tx", C);
        w.WriteStartElement("c", "strRef", C);
        w.WriteElementString("c", "f", C, "Sheet1!$" + Column(index + 1) + "$1");
        w.WriteStartElement("c", "strCache", C);
        Val(w, "ptCount", "1");
        Point(w, 0, name);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Categories(XmlWriter w, BodyChart chart)
    {
        w.WriteStartElement("c", "cat", C);
        w.WriteStartElement("c", "strRef", C);
        w.WriteElementString("c", "f", C, string.Create(CultureInfo.InvariantCulture, $"Sheet1!$A$2:$A${chart.Labels.Count + 1}"));
        w.WriteStartElement("c", "strCache", C);
        Val(w, "ptCount", Int(chart.Labels.Count));
        for (var i = 0; i < chart.Labels.Count; i++)
        {
            Point(w, i, chart.Labels[i]);
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Values(XmlWriter w, BodyChartSeries series, int index, string unit)
    {
        string column = Column(index + 1);
        w.WriteStartElement("c", "val", C);
        w.WriteStartElement("c", "numRef", C);
        w.WriteElementString("c", "f", C, string.Create(CultureInfo.InvariantCulture, $"Sheet1!${column}$2:${column}${series.Values.Count + 1}"));
        w.WriteStartElement("c", "numCache", C);
        w.WriteElementString("c", "formatCode", C, NumberFormat(unit));
        Val(w, "ptCount", Int(series.Values.Count));
        for (var i = 0; i < series.Values.Count; i++)
        {
            Point(w, i, series.Values[i].ToString("R", CultureInfo.InvariantCulture));
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Axes(XmlWriter w, BodyChart chart, bool horizontal)
    {
        w.WriteStartElement("c", "catAx", C);
        Val(w, "axId", "1001");
        w.WriteStartElement("c", "scaling", C);

        // A horizontal chart lists its first category at the top, as the PDF draws it.
        Val(w, "orientation", horizontal ? "maxMin" : "minMax");
        w.WriteEndElement();
        Val(w, "delete", "0");
        Val(w, "axPos", horizontal ? "l" : "b");
        w.WriteStartElement("c", "numFmt", C);
        w.WriteAttributeString("formatCode", "General");
        w.WriteAttributeString("sourceLinked", "0");
        w.WriteEndElement();
        Val(w, "majorTickMark", "none");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        Val(w, "crossAx", "1002");
        Val(w, "crosses", "autoZero");
        Val(w, "auto", "1");
        Val(w, "lblAlgn", "ctr");
        Val(w, "lblOffset", "100");
        Val(w, "noMultiLvlLbl", "0");
        w.WriteEndElement();

        w.WriteStartElement("c", "valAx", C);
        Val(w, "axId", "1002");
        w.WriteStartElement("c", "scaling", C);
        Val(w, "orientation", "minMax");
        w.WriteEndElement();
        Val(w, "delete", horizontal ? "1" : "0");
        Val(w, "axPos", horizontal ? "t" : "l");
        w.WriteStartElement("c", "majorGridlines", C);
        w.WriteStartElement("c", "spPr", C);
        w.WriteStartElement("a", "ln", A);
        w.WriteAttributeString("w", "6350");
        SolidFill(w, "D9D9D9");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("c", "numFmt", C);
        w.WriteAttributeString("formatCode", NumberFormat(chart.Kind == BodyChartKind.Line ? string.Empty : chart.Unit));
        w.WriteAttributeString("sourceLinked", "0");
        w.WriteEndElement();
        Val(w, "majorTickMark", "none");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        Val(w, "crossAx", "1001");
        Val(w, "crosses", horizontal ? "max" : "autoZero");
        Val(w, "crossBetween", "between");
        w.WriteEndElement();
    }

    private static void ShapeFill(XmlWriter w, string colour, bool line)
    {
        w.WriteStartElement("c", "spPr", C);
        if (line)
        {
            w.WriteStartElement("a", "ln", A);
            w.WriteAttributeString("w", "22225");
            SolidFill(w, colour);
            w.WriteEndElement();
        }
        else
        {
            SolidFill(w, colour);
        }

        w.WriteEndElement();
    }

    private static void SolidFill(XmlWriter w, string colour)
    {
        w.WriteStartElement("a", "solidFill", A);
        w.WriteStartElement("a", "srgbClr", A);
        w.WriteAttributeString("val", colour);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    // 9 pt labels in the body's face (the PDF's chart text), East Asian text in the same face.
    private static void TextProperties(XmlWriter w, int size)
    {
        w.WriteStartElement("c", "txPr", C);
        w.WriteStartElement("a", "bodyPr", A);
        w.WriteEndElement();
        w.WriteStartElement("a", "lstStyle", A);
        w.WriteEndElement();
        w.WriteStartElement("a", "p", A);
        w.WriteStartElement("a", "pPr", A);
        w.WriteStartElement("a", "defRPr", A);
        w.WriteAttributeString("sz", Int(size));
        w.WriteStartElement("a", "latin", A);
        w.WriteAttributeString("typeface", WordFonts.Latin);
        w.WriteEndElement();
        w.WriteStartElement("a", "ea", A);
        w.WriteAttributeString("typeface", WordFonts.Body);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("a", "endParaRPr", A);
        w.WriteAttributeString("lang", "zh-CN");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Point(XmlWriter w, int index, string value)
    {
        w.WriteStartElement("c", "pt", C);
        w.WriteAttributeString("idx", Int(index));
        w.WriteElementString("c", "v", C, value);
        w.WriteEndElement();
    }

    private static void Val(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("c", name, C);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    // A unit after the figure as the PDF prints it ("79.3%" from 79.3, not Excel's percent of a fraction).
    private static string NumberFormat(string unit) =>
        string.IsNullOrEmpty(unit) ? "General" : "General\"" + unit.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";

    public static string Column(int index) => ((char)('A' + index)).ToString();

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
