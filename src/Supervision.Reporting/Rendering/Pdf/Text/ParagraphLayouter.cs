using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// Sets a paragraph into lines: picks a face for every character (per-character fallback),
/// compresses adjacent punctuation (标点挤压), breaks lines after clreq and justifies them.
/// Justified text is broken by total fit: compressing a mark to half width (挤进) is preferred
/// to pushing a character down (推出), and both to spreading a line by more than 1 em; a
/// paragraph never ends with a lone character unless every other set of breaks spreads a line by more than
/// 1 em; then the lone line is kept and reported as a <see cref="LayoutWarningKind.LoneLine"/> warning.
/// </summary>
internal static class ParagraphLayouter
{
    /// <summary>Slack allowed when comparing widths; far below anything visible.</summary>
    private const double Epsilon = 1e-6;

    /// <summary>What the typesetter prints for a character no font has (U+3013 GETA MARK 〓).</summary>
    private const int Geta = 0x3013;

    /// <summary>Side bearing of a curly quote set in Latin text, in em (the bundled Song's straight quote has 0.05).</summary>
    private const double LatinQuoteBearing = 0.06;

    public static IReadOnlyList<TextLine> Layout(
        IReadOnlyList<TextRun> runs, ParagraphFormat format, double width, FontSet fonts, ICollection<LayoutWarning> warnings, string path)
    {
        var clusters = Shape(runs, format, fonts, warnings, path);
        var lone = new List<LayoutWarning>(0);
        var lines = Layout(clusters, runs, format, width, fonts, lone, path);
        if (format.Balance && lines.Count > 1)
        {
            // Narrow the measure while the line count stays the same; lines are then centred
            // in the full width by shifting them.
            double lo = width / lines.Count, hi = width;
            for (int i = 0; i < 16 && hi - lo > 0.5; i++)
            {
                double mid = (lo + hi) / 2;
                if (Layout(clusters, runs, format, mid, fonts, null, path).Count == lines.Count)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            double shift = format.Alignment == TextAlignment.Center ? (width - hi) / 2 : 0;
            lines = Layout(clusters, runs, format, hi, fonts, warnings, path)
                .Select(l => l with { Clusters = l.Clusters.Select(c => c with { X = c.X + shift }).ToList() })
                .ToList();
        }
        else
        {
            foreach (var warning in lone)
            {
                warnings.Add(warning);
            }
        }

        return lines;
    }

    /// <summary>Sets the clusters at one width; a lone last line the breaker could not avoid goes to <paramref name="warnings"/> (null while balancing probes widths).</summary>
    private static IReadOnlyList<TextLine> Layout(List<Cluster> clusters, IReadOnlyList<TextRun> runs, ParagraphFormat format, double width, FontSet fonts, ICollection<LayoutWarning>? warnings, string path)
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
        var metrics = new LineMetrics(measure - indent, measure, maxSize, pitch, baseline);

        if (clusters.Count == 0)
        {
            return [Place(clusters, new LineBreak(0, 0, 0, true, 0), format, metrics.First, format.LeftIndent + indent, true, metrics)];
        }

        var breaks = format.Alignment == TextAlignment.Justify ? TotalFit(clusters, metrics) : FirstFit(clusters, metrics);
        var lines = new List<TextLine>(breaks.Count);
        for (int i = 0; i < breaks.Count; i++)
        {
            var b = breaks[i];
            bool first = i == 0;
            bool last = b.Next >= clusters.Count;
            lines.Add(Place(clusters, b, format, first ? metrics.First : metrics.Measure, format.LeftIndent + (first ? indent : 0), last || b.Forced, metrics));
            if (b.Lone)
            {
                warnings?.Add(LayoutWarning.LoneLine(path, lines[^1].Text));
            }
        }

        return lines;
    }

    /// <summary>Greedy breaking for ragged and centred text (table cells, captions): each line takes what fits.</summary>
    private static List<LineBreak> FirstFit(List<Cluster> clusters, LineMetrics metrics)
    {
        var breaks = new List<LineBreak>();
        int start = 0;
        while (start < clusters.Count)
        {
            double lineMeasure = start == 0 ? metrics.First : metrics.Measure;
            var (end, next, forced) = FindBreak(clusters, start, lineMeasure);
            breaks.Add(new LineBreak(start, TrimEnd(clusters, start, end), SkipSpaces(clusters, next), forced, 0));
            start = SkipSpaces(clusters, next);
        }

        return breaks;
    }

    /// <summary>
    /// Total-fit breaking of justified text: the set of breaks with the least cost over the whole paragraph, so
    /// that a line may give a character to the next one to spare a later line a gap, and the last line is never
    /// a lone character (孤字). Costs, in the order clreq prefers the remedies: compressing punctuation to its half
    /// width (挤进, cheap), breaking between a number and its counter (127|次), spreading a line (quadratic up
    /// to 1 em, prohibitive beyond), a lone last line (prohibitive).
    /// </summary>
    private static List<LineBreak> TotalFit(List<Cluster> clusters, LineMetrics metrics)
    {
        int n = clusters.Count;
        var cost = new double[n + 1];
        var from = new LineBreak[n + 1];
        var origin = new int[n + 1];
        Array.Fill(cost, double.PositiveInfinity);
        cost[0] = 0;
        for (int s = 0; s < n; s++)
        {
            if (double.IsPositiveInfinity(cost[s]))
            {
                continue;
            }

            double lineMeasure = s == 0 ? metrics.First : metrics.Measure;
            bool segmentStart = s == 0 || PreviousVisible(clusters, s) is null or { Class: BreakClass.Newline };
            bool any = false;
            double used = 0, usedTrimmed = 0, capacity = 0;
            int trimmedEnd = s;
            for (int i = s; i < n; i++)
            {
                var c = clusters[i];
                if (c.Class == BreakClass.Newline)
                {
                    double segmentEnd = LastLineCost(clusters, s, trimmedEnd, segmentStart);
                    Relax(i + 1, new LineBreak(s, trimmedEnd, SkipSpaces(clusters, i + 1), true, 0) { Lone = segmentEnd > 0 }, segmentEnd);
                    any = true;
                    break;
                }

                used += c.Width;
                if (c.Class != BreakClass.Space)
                {
                    usedTrimmed = used;
                    trimmedEnd = i + 1;
                }

                // An opening bracket keeps its full cell at a line start (its blank half is the indent of its ink).
                capacity += i == s && c.Ink == PunctuationInk.Right ? 0 : c.Compressible;
                if (usedTrimmed - capacity > lineMeasure + Epsilon)
                {
                    break;
                }

                bool end = i + 1 == n;
                bool counter = !end && Clreq.IsCounterBreak(clusters, i);
                bool rule = !end && clusters[i + 1].Class != BreakClass.Newline && Clreq.CanBreakBetween(c, clusters[i + 1]) && !OpeningBeforeSpaces(clusters, i, s);
                if (!(end || rule || counter) || trimmedEnd == s)
                {
                    continue;
                }

                int next = SkipSpaces(clusters, i + 1);
                var (squeezed, setWidth, squeezeCost) = Compression(clusters, s, trimmedEnd, usedTrimmed, lineMeasure);
                if (setWidth > lineMeasure + Epsilon)
                {
                    continue;
                }

                double lineCost = 1 + squeezeCost + (counter && !rule ? 50 : 0);
                bool lone = false;
                if (next >= n)
                {
                    double loneCost = LastLineCost(clusters, s, trimmedEnd, segmentStart);
                    lineCost += loneCost;
                    lone = loneCost > 0;
                }
                else
                {
                    double spread = (lineMeasure - setWidth) / metrics.Em;
                    lineCost += spread <= 1 + Epsilon ? 100 * spread * spread : 10000 + (1000 * spread);
                }

                Relax(next, new LineBreak(s, trimmedEnd, next, false, squeezed) { Lone = lone }, lineCost);
                any = true;
            }

            if (!any)
            {
                // The first piece is longer than the line (a long URL): cut it between characters as first-fit does.
                var (end, next, forced) = FindBreak(clusters, s, lineMeasure);
                int skipped = SkipSpaces(clusters, next);
                Relax(skipped, new LineBreak(s, TrimEnd(clusters, s, end), skipped, forced, 0), 20000);
            }

            void Relax(int target, LineBreak line, double lineCost)
            {
                if (cost[s] + lineCost < cost[target])
                {
                    cost[target] = cost[s] + lineCost;
                    from[target] = line;
                    origin[target] = s;
                }
            }
        }

        var result = new List<LineBreak>();
        for (int at = n; at > 0; at = origin[at])
        {
            result.Add(from[at]);
        }

        result.Reverse();
        return result;
    }

    /// <summary>A last line of one hanzi plus closing marks (题。, 下：) under a longer line is a lone character.</summary>
    private static double LastLineCost(List<Cluster> clusters, int start, int end, bool segmentStart)
    {
        if (segmentStart)
        {
            return 0;
        }

        int visible = 0;
        bool hanzi = false;
        for (int i = start; i < end; i++)
        {
            if (clusters[i].Class is not (BreakClass.Closing or BreakClass.Space))
            {
                visible++;
                hanzi |= clusters[i].Class == BreakClass.Ideographic;
            }
        }

        return visible <= 1 && hanzi ? 5000 : 0;
    }

    /// <summary>
    /// How many marks of the line [start, end) are set at half width so that it fits, and its width then:
    /// the line-end mark first (it may always lose its blank half), then the line's other marks from the end.
    /// </summary>
    /// <remarks>
    /// The cost: a line-end mark at half width is hardly seen (5); a mark inside the line set tight against the next
    /// hanzi is (30 each, so two of them cost about as much as a line spread by half an em).
    /// </remarks>
    private static (int Count, double Width, double Cost) Compression(List<Cluster> clusters, int start, int end, double width, double measure)
    {
        int count = 0;
        double cost = 0;
        if (width <= measure + Epsilon || end <= start)
        {
            return (0, width, 0);
        }

        for (int i = end - 1; i >= start && width > measure + Epsilon; i--)
        {
            double k = i == start && clusters[i].Ink == PunctuationInk.Right ? 0 : clusters[i].Compressible;
            if (k > 0)
            {
                width -= k;
                count++;
                cost += i == end - 1 ? 5 : 30;
            }
        }

        return (count, width, cost);
    }

    private static Cluster? PreviousVisible(List<Cluster> clusters, int i)
    {
        while (i > 0)
        {
            i--;
            if (clusters[i].Class != BreakClass.Space)
            {
                return clusters[i];
            }
        }

        return null;
    }

    private static int SkipSpaces(List<Cluster> clusters, int i)
    {
        while (i < clusters.Count && clusters[i].Class == BreakClass.Space)
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(List<Cluster> clusters, int start, int end)
    {
        while (end > start && clusters[end - 1].Class == BreakClass.Space)
        {
            end--;
        }

        return end;
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

    private static TextLine Place(List<Cluster> clusters, LineBreak line, ParagraphFormat format, double measure, double offset, bool lastOrForced, LineMetrics metrics)
    {
        var set = new Cluster[line.End - line.Start];
        for (int i = line.Start; i < line.End; i++)
        {
            set[i - line.Start] = clusters[i];
        }

        // The same marks the breaker counted: the line end first, then from the end (see Compression).
        for (int i = set.Length - 1, left = line.Squeezed; i >= 0 && left > 0; i--)
        {
            if (set[i].Compressible > 0 && !(i == 0 && set[i].Ink == PunctuationInk.Right))
            {
                set[i] = set[i].Compressed();
                left--;
            }
        }

        double natural = 0;
        int gaps = 0;
        for (int i = 0; i < set.Length; i++)
        {
            natural += set[i].Width;
            if (i + 1 < set.Length && Clreq.CanStretchBetween(set[i], set[i + 1]))
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
            // A line without stretchable gaps (one long Latin word) stays left-aligned. A justified line spreads
            // by at most 1 em: what the breaker could not avoid beyond that is left at the line end, where it reads
            // as a short line rather than as gaps between characters.
            case TextAlignment.Justify when !lastOrForced && gaps > 0:
                gap = Math.Min(slack, metrics.Em) / gaps;
                break;
            case TextAlignment.Distributed when gaps > 0:
                gap = slack / gaps;
                break;
            case TextAlignment.Distributed:
                x += slack / 2;      // a single character is centred
                break;
        }

        var placed = new PlacedCluster[set.Length];
        for (int i = 0; i < set.Length; i++)
        {
            placed[i] = new PlacedCluster(set[i], x);
            x += set[i].Width;
            if (i + 1 < set.Length && Clreq.CanStretchBetween(set[i], set[i + 1]))
            {
                x += gap;
            }
        }

        return new TextLine(placed, metrics.Pitch, metrics.Baseline) { Spread = gap * gaps };
    }

    /// <summary>
    /// Adjacent full-width marks share 1.5 em (clreq §3.1.6.1, 标点挤压): a closing mark before another mark loses
    /// its blank right half (）。 ，“ 」、), an opening mark after another opening mark its blank left half (（《).
    /// </summary>
    private static void CompressPairs(List<Cluster> clusters)
    {
        for (int i = 0; i + 1 < clusters.Count; i++)
        {
            if (clusters[i].Ink == PunctuationInk.Left && clusters[i + 1].Ink != PunctuationInk.None)
            {
                clusters[i] = clusters[i].Compressed();
            }
        }

        for (int i = 1; i < clusters.Count; i++)
        {
            if (clusters[i].Ink == PunctuationInk.Right && clusters[i - 1].Ink == PunctuationInk.Right)
            {
                clusters[i] = clusters[i].Compressed();
            }
        }
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
                bool latinQuote = Clreq.IsLatinQuote(cp, previous, next);
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
                double offset = fullWidth ? (width - advance) / 2 : 0;
                if (fullWidth && latinQuote && face.InkBox(cp) is { } box)
                {
                    // A CJK face's curly quote is full-width, its ink at one edge of the em box: in Latin text it is
                    // set at its ink width plus a Latin side bearing each side, the glyph drawn left by its blank.
                    fullWidth = false;
                    width = (box.XMax - box.XMin + (2 * LatinQuoteBearing)) * run.Style.Size;
                    offset = (LatinQuoteBearing - box.XMin) * run.Style.Size;
                }

                var ink = fullWidth ? Clreq.InkOf(cp) : PunctuationInk.None;
                double centring = 0, rise = 0;
                if (fullWidth && fonts.CentredPunctuation && Clreq.CentredInTraditional(cp) && face.InkBox(cp) is { } mark
                    && mark.XMax - mark.XMin <= 1 && mark.YMax - mark.YMin <= face.Ascent + face.Descent)
                {
                    // The ink's centre onto the em box's centre: half the advance across, midway between the
                    // ideographic ascent and descent up.
                    centring = ((face.Advance(cp) / 2) - ((mark.XMin + mark.XMax) / 2)) * run.Style.Size;
                    rise = (((face.Ascent - face.Descent) / 2) - ((mark.YMin + mark.YMax) / 2)) * run.Style.Size;
                    offset += centring;
                }

                result.Add(new Cluster(Rune(cp), face, run.Style, width, advance, cls, fullWidth, offset, ink, Centring: centring, Rise: rise));
            }
        }

        CompressPairs(result);
        return result;
    }

    /// <summary>A line chosen by the breaker: clusters [Start, End), the next line's start, and how many marks it compresses.</summary>
    private readonly record struct LineBreak(int Start, int End, int Next, bool Forced, int Squeezed)
    {
        /// <summary>A last line of one character the breaker chose because every alternative was costlier (see LastLineCost).</summary>
        public bool Lone { get; init; }
    }

    /// <summary>The paragraph's measures (first line and others) and line box, in points.</summary>
    private readonly record struct LineMetrics(double First, double Measure, double Em, double Pitch, double Baseline);

    private static string Rune(int cp) => cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    private static bool IsInvisible(int cp) =>
        cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0xAD
        || (cp < 0x20 && cp != '\n' && cp != '\t');
}
