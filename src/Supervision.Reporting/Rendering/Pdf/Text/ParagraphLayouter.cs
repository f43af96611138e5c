using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// Sets a paragraph into lines: picks a face for every character (per-character fallback),
/// breaks lines after clreq and justifies them. Line-start closing punctuation is handled by
/// pushing the previous character down with it (推出), never by squeezing, so that glyphs keep
/// their full cells; the shortened line is then justified.
/// </summary>
internal static class ParagraphLayouter
{
    /// <summary>Slack allowed when comparing widths; far below anything visible.</summary>
    private const double Epsilon = 1e-6;

    /// <summary>What the typesetter prints for a character no font has (U+3013 GETA MARK 〓).</summary>
    private const int Geta = 0x3013;

    public static IReadOnlyList<TextLine> Layout(
        IReadOnlyList<TextRun> runs, ParagraphFormat format, double width, FontSet fonts, ICollection<LayoutWarning> warnings, string path)
    {
        var clusters = Shape(runs, format, fonts, warnings, path);
        var lines = Layout(clusters, runs, format, width, fonts);
        if (format.Balance && lines.Count > 1)
        {
            // Narrow the measure while the line count stays the same; lines are then centred
            // in the full width by shifting them.
            double lo = width / lines.Count, hi = width;
            for (int i = 0; i < 16 && hi - lo > 0.5; i++)
            {
                double mid = (lo + hi) / 2;
                if (Layout(clusters, runs, format, mid, fonts).Count == lines.Count)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            double shift = format.Alignment == TextAlignment.Center ? (width - hi) / 2 : 0;
            lines = Layout(clusters, runs, format, hi, fonts)
                .Select(l => l with { Clusters = l.Clusters.Select(c => c with { X = c.X + shift }).ToList() })
                .ToList();
        }

        return lines;
    }

    private static IReadOnlyList<TextLine> Layout(List<Cluster> clusters, IReadOnlyList<TextRun> runs, ParagraphFormat format, double width, FontSet fonts)
    {
        double maxSize = runs.Count == 0 ? 0 : runs.Max(r => r.Style.Size);
        var primaryRole = runs.Count == 0 ? PdfFontRole.Body : runs[0].Style.Role;
        double pitch = format.LinePitch ?? (1.5 * maxSize);
        var face = fonts.Primary(primaryRole);
        double ascent = Math.Clamp(face.Ascent, 0.7, 1.1) * maxSize;
        double emHeight = Math.Clamp(face.Ascent + face.Descent, 0.9, 1.4) * maxSize;
        double baseline = format.EmBoxAtTop ? ascent : ((pitch - emHeight) / 2) + ascent;

        double cell = format.GridPitch ?? maxSize;
        double indent = format.FirstLineIndentChars * cell;
        double measure = width - format.LeftIndent - format.RightIndent;

        var lines = new List<TextLine>();
        int start = 0;
        bool first = true;
        while (start < clusters.Count || (first && clusters.Count == 0))
        {
            double lineMeasure = measure - (first ? indent : 0);
            var (end, next, forced) = FindBreak(clusters, start, lineMeasure);
            int trimmedEnd = end;
            while (trimmedEnd > start && clusters[trimmedEnd - 1].Class == BreakClass.Space)
            {
                trimmedEnd--;
            }

            bool last = next >= clusters.Count;
            lines.Add(Place(clusters, start, trimmedEnd, format, lineMeasure, format.LeftIndent + (first ? indent : 0), last || forced, pitch, baseline));
            first = false;
            start = next;
            while (start < clusters.Count && clusters[start].Class == BreakClass.Space)
            {
                start++;
            }

            if (clusters.Count == 0)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>Natural width of the widest unbreakable piece (for tables fitted to content).</summary>
    public static (double MinWidth, double MaxWidth) MeasureExtremes(IReadOnlyList<TextRun> runs, ParagraphFormat format, FontSet fonts)
    {
        var clusters = Shape(runs, format, fonts, new List<LayoutWarning>(), string.Empty);
        double min = 0, max = 0, piece = 0, line = 0;
        for (int i = 0; i < clusters.Count; i++)
        {
            if (clusters[i].Class == BreakClass.Newline)
            {
                max = Math.Max(max, line);
                line = 0;
                piece = 0;
                continue;
            }

            piece += clusters[i].Width;
            line += clusters[i].Width;
            if (i + 1 == clusters.Count || Clreq.CanBreakBetween(clusters[i], clusters[i + 1]))
            {
                min = Math.Max(min, piece);
                piece = 0;
            }
        }

        double cell = format.GridPitch ?? (runs.Count == 0 ? 0 : runs.Max(r => r.Style.Size));
        double extra = (format.FirstLineIndentChars * cell) + format.LeftIndent + format.RightIndent;
        return (min + extra, Math.Max(max, line) + extra);
    }

    private static (int End, int Next, bool Forced) FindBreak(List<Cluster> clusters, int start, double measure)
    {
        double used = 0;
        int lastBreak = -1;
        for (int i = start; i < clusters.Count; i++)
        {
            var c = clusters[i];
            if (c.Class == BreakClass.Newline)
            {
                return (i, i + 1, true);
            }

            if (c.Class != BreakClass.Space && used + c.Width > measure + Epsilon)
            {
                if (lastBreak >= start)
                {
                    return (lastBreak + 1, lastBreak + 1, false);
                }

                // Nothing breakable since the line start: the piece is longer than the line
                // (a very long Latin word or URL); only then is it broken between characters.
                // Even then, keep closing punctuation off the next line's start and opening
                // punctuation off this line's end where the piece allows it.
                int end = Math.Max(i, start + 1);
                while (end > start + 1 && (StartsLikeClosing(clusters[end]) || clusters[end - 1].Class == BreakClass.Opening))
                {
                    end--;
                }

                return (end, end, false);
            }

            used += c.Width;
            if (i + 1 < clusters.Count && Clreq.CanBreakBetween(c, clusters[i + 1]) && !OpeningBeforeSpaces(clusters, i, start))
            {
                lastBreak = i;
            }
        }

        return (clusters.Count, clusters.Count, false);
    }

    /// <summary>Spaces are trimmed at a line end, so "《 " would leave the opening mark last on the line.</summary>
    // A decimal point inside a number is classed with the digits, but cut out of its number it would
    // still be a full stop at the start of a line.
    private static bool StartsLikeClosing(Cluster c) =>
        c.Class == BreakClass.Closing || (c.Text.Length == 1 && Clreq.Closing.Contains(c.Text[0], StringComparison.Ordinal));

    private static bool OpeningBeforeSpaces(List<Cluster> clusters, int i, int start)
    {
        if (clusters[i].Class != BreakClass.Space)
        {
            return false;
        }

        while (i > start && clusters[i].Class == BreakClass.Space)
        {
            i--;
        }

        return clusters[i].Class == BreakClass.Opening;
    }

    private static TextLine Place(List<Cluster> clusters, int start, int end, ParagraphFormat format, double measure, double offset, bool lastOrForced, double pitch, double baseline)
    {
        double natural = 0;
        int gaps = 0;
        for (int i = start; i < end; i++)
        {
            natural += clusters[i].Width;
            if (i + 1 < end && Clreq.CanStretchBetween(clusters[i], clusters[i + 1]))
            {
                gaps++;
            }
        }

        double slack = Math.Max(0, measure - natural);
        double x = offset;
        double gap = 0;
        switch (format.Alignment)
        {
            case TextAlignment.Center:
                x += slack / 2;
                break;
            case TextAlignment.Right:
                x += slack;
                break;
            // A line without stretchable gaps (one long Latin word) stays left-aligned.
            case TextAlignment.Justify when !lastOrForced && gaps > 0:
            case TextAlignment.Distributed when gaps > 0:
                gap = slack / gaps;
                break;
            case TextAlignment.Distributed:
                x += slack / 2;      // a single character is centred
                break;
        }

        var placed = new PlacedCluster[end - start];
        for (int i = start; i < end; i++)
        {
            placed[i - start] = new PlacedCluster(clusters[i], x);
            x += clusters[i].Width;
            if (i + 1 < end && Clreq.CanStretchBetween(clusters[i], clusters[i + 1]))
            {
                x += gap;
            }
        }

        return new TextLine(placed, pitch, baseline);
    }

    private static List<Cluster> Shape(IReadOnlyList<TextRun> runs, ParagraphFormat format, FontSet fonts, ICollection<LayoutWarning> warnings, string path)
    {
        var result = new List<Cluster>();
        double maxSize = runs.Count == 0 ? 1 : runs.Max(r => r.Style.Size);
        foreach (var run in runs)
        {
            string text = run.Text;
            int previous = result.Count > 0 && result[^1].Text.Length > 0 ? char.ConvertToUtf32(result[^1].Text, 0) : 0;
            for (int i = 0; i < text.Length;)
            {
                int cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                int len = cp > 0xFFFF ? 2 : 1;
                int next = i + len < text.Length ? (char.IsSurrogatePair(text, i + len) ? char.ConvertToUtf32(text[i + len], text[i + len + 1]) : text[i + len]) : 0;
                i += len;
                if (cp == '\r' || IsInvisible(cp))
                {
                    continue;        // format characters and variation selectors have no glyph to draw
                }

                if (cp == '\t')
                {
                    cp = ' ';
                }

                var cls = Clreq.Classify(cp, previous, next);
                previous = cp;
                if (cls == BreakClass.Newline)
                {
                    result.Add(new Cluster("\n", fonts.Primary(run.Style.Role), run.Style, 0, 0, cls, false));
                    continue;
                }

                var face = fonts.Resolve(run.Style.Role, cp);
                if (face is null)
                {
                    warnings.Add(LayoutWarning.MissingGlyph(cp, path));
                    cp = Geta;
                    cls = BreakClass.Ideographic;
                    face = fonts.Resolve(run.Style.Role, cp) ?? fonts.Primary(run.Style.Role);
                }

                double advance = face.Advance(cp) * run.Style.Size;
                // Full-width (East Asian wide) characters take a grid cell; Latin letters, even
                // wide capitals like W, keep their own advance. Quotes and dashes below U+3000
                // are wide or narrow depending on the font, hence the advance test.
                bool fullWidth = cp >= 0x2000 && advance >= 0.75 * run.Style.Size;
                // The grid cell is defined for the paragraph's largest size; a smaller run (a
                // footnote marker) gets a proportionally smaller cell.
                double width = fullWidth && format.GridPitch is { } grid ? grid * run.Style.Size / maxSize : advance;
                result.Add(new Cluster(Rune(cp), face, run.Style, width, advance, cls, fullWidth));
            }
        }

        return result;
    }

    private static string Rune(int cp) => cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    private static bool IsInvisible(int cp) =>
        cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0xAD
        || (cp < 0x20 && cp != '\n' && cp != '\t');
}
