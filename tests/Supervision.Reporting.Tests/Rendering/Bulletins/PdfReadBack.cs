using UglyToad.PdfPig;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Reads a generated PDF back with PdfPig, as text lines in reading order.
internal sealed class PdfReadBack
{
    public PdfReadBack(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        Title = document.Information.Title;
        Author = document.Information.Author;
        Subject = document.Information.Subject;
        Keywords = document.Information.Keywords;
        Creator = document.Information.Creator;
        RawInfo = string.Join("|", (document.Information.DocumentInformationDictionary?.Data ?? new Dictionary<string, UglyToad.PdfPig.Tokens.IToken>()).Select(kv => kv.Key + "=" + kv.Value));
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var lines = letters
                .GroupBy(l => LineOf(l, letters))
                .OrderByDescending(g => g.Key)
                .Select(g => new PdfLine(string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)), g.Min(l => l.BoundingBox.Left), g.Max(l => l.BoundingBox.Right), g.Key))
                .ToList();
            Pages.Add(lines);

            // Words as PdfPig separates them by the gaps between letters: the cells of a table row.
            Rows.Add([.. page.GetWords()
                .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 0))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList())]);
        }
    }

    public List<List<PdfLine>> Pages { get; } = [];

    private const string CentredMarks = "。，、；：！？";

    // The line a letter is on: its baseline, rounded; a Traditional mark drawn centred in its em box (zh-Hant) sits up
    // to half an em above its line's baseline and belongs to the nearest line below it within that.
    private static double LineOf(UglyToad.PdfPig.Content.Letter letter, List<UglyToad.PdfPig.Content.Letter> letters)
    {
        double y = letter.StartBaseLine.Y;
        if (!CentredMarks.Contains(letter.Value, StringComparison.Ordinal))
        {
            return Math.Round(y, 0);
        }

        double best = double.MaxValue;
        foreach (var other in letters)
        {
            double rise = y - other.StartBaseLine.Y;
            if (rise > 0.5 && rise <= (0.5 * letter.PointSize) + 0.5 && rise < best && !CentredMarks.Contains(other.Value, StringComparison.Ordinal)
                && Math.Abs(other.PointSize - letter.PointSize) < 0.1)
            {
                best = rise;
            }
        }

        return Math.Round(best == double.MaxValue ? y : y - best, 0);
    }

    // Per page, each line as its words in reading order (table rows come out as their cells).
    public List<List<List<string>>> Rows { get; } = [];

    public string? Title { get; }

    public string? Author { get; }

    public string? Subject { get; }

    public string? Keywords { get; }

    public string? Creator { get; }

    public string RawInfo { get; }

    // All text with line breaks removed (Chinese lines break anywhere), pages in order.
    public string Text => string.Concat(Pages.SelectMany(p => p).Select(l => l.Text));

    // The text without the page numbers ("—2—"), so that a paragraph running over a page reads as one.
    public string TextWithoutPageNumbers => string.Concat(Pages.SelectMany(p => p).Where(l => !IsPageNumber(l.Text)).Select(l => l.Text));

    private static bool IsPageNumber(string text) => text.Length > 2 && text[0] == '—' && text[^1] == '—' && text[1..^1].All(char.IsAsciiDigit);
}

internal sealed record PdfLine(string Text, double Left, double Right, double Baseline);
