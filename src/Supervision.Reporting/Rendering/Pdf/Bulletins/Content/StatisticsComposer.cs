using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The statistical bulletin (情况通报) as of a date: an overview written from the analytics, sections by area,
// category, group and accountability with tables and charts, a few typical cases and the requirements. Every
// figure is read from RoundAnalytics.Compute for the as-of date; nothing here counts findings itself, except
// summing breakdown rows into the folded (其余…) and difference rows, whose parts are analytics figures.
internal static class StatisticsComposer
{
    // Tables keep to a page or so whatever the size of the round (DESIGN §11): the rest goes into one row that says what it holds (其余5类).
    // A city has up to about twenty counties, districts and county-level cities; all of them are listed.
    internal const int TopAreas = 20;

    internal const int TopCategories = 12;

    internal const int TopGroups = 15;

    internal const int ChartCategories = 8;

    // A statistical bulletin illustrates with a few cases; the typical-case bulletin is the place for all of them.
    internal const int MaxCases = 3;

    public static BulletinContent Compose(SupervisionRound round, ResolvedSpec resolved, PersonNaming naming, WorkingDayCalendar calendar)
    {
        var phrases = StatisticsPhrases.For(resolved.Spec.Language);
        var spec = resolved.Spec;
        var asOf = resolved.AsOf;
        var statistics = RoundAnalytics.Compute(round, asOf, new AnalyticsOptions { Calendar = calendar });
        var cases = Cases(round, resolved);
        var dates = new LocalDateText(asOf, round.Period.Start, phrases.Language);

        var body = new List<BodyBlock>();
        body.AddRange(spec.Preamble.IsEmpty
            ? [new BodyParagraph(phrases.Preamble(round, round.Groups.Count, round.FocusAreas.Count, dates))]
            : spec.Preamble.Select(p => new BodyParagraph(p)));

        var numbers = new Numbering(phrases);
        body.Add(numbers.Heading(phrases.Overall));
        body.Add(new BodyParagraph(Overview(round, statistics, phrases, dates)));
        if (statistics.Daily.Count(d => d.CumulativeFound > 0) > 1)
        {
            body.Add(Trend(statistics, phrases, numbers));
        }

        if (!statistics.ByArea.IsEmpty)
        {
            body.Add(numbers.Heading(phrases.ByAreaHeading));
            body.AddRange(ByArea(round, statistics, phrases, numbers));
        }

        if (!statistics.ByCategory.IsEmpty)
        {
            body.Add(numbers.Heading(phrases.ByCategoryHeading));
            body.AddRange(ByCategory(round, statistics, phrases, numbers));
        }

        if (!statistics.ByGroup.IsEmpty)
        {
            body.Add(numbers.Heading(phrases.ByGroupHeading));
            body.AddRange(ByGroup(round, statistics, phrases, numbers));
        }

        body.Add(numbers.Heading(phrases.AccountabilityHeading));
        body.AddRange(Accountability(statistics, phrases, numbers, dates));

        if (cases.Count > 0)
        {
            body.Add(numbers.Heading(phrases.CasesHeading));
            body.Add(new BodyParagraph(phrases.CasesLead(cases.Count)));
            var narrator = new CaseNarrator(round, naming, calendar, asOf, CasePhrases.For(resolved.Spec.Language));
            for (var i = 0; i < cases.Count; i++)
            {
                body.Add(new BodyHeading(2, phrases.Subheading(i + 1, narrator.Title(cases[i])), narrator.Narrative(cases[i])));
            }
        }

        body.Add(numbers.Heading(phrases.RequirementsHeading));
        body.AddRange(spec.Requirements.IsEmpty
            ? phrases.DefaultRequirements(resolved.Topic, statistics.Findings, statistics.Open, statistics.Overdue)
            : spec.Requirements.Select(p => new BodyParagraph(p)));

        return resolved.Document(round, phrases.Title(round.Title), body, phrases.Subject(round.Title), phrases.Keywords(resolved.Topic, round.Id));
    }

    // Cases listed in the spec are all shown (an unknown id is an error); chosen ones are capped. A round with
    // no case by the rule simply has no typical-case section.
    private static List<Finding> Cases(SupervisionRound round, ResolvedSpec resolved)
    {
        var cases = TypicalCaseComposer.SelectCases(round, resolved, out var problems);
        if (!resolved.Spec.CaseIds.IsEmpty)
        {
            if (problems.Count > 0)
            {
                throw new InvalidInputException(new DiagnosticReport(problems));
            }

            return cases;
        }

        return [.. cases.Take(MaxCases)];
    }

    private static string Overview(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, LocalDateText dates)
    {
        var roots = round.Units.Where(u => u.ParentId is null).Take(2).ToList();
        var scope = phrases.Scope(roots.Count == 1 ? roots[0].Kind : null);
        var first = new List<string>
        {
            phrases.AsOfLead(dates) + phrases.GroupsInspected(scope, round.Groups.Count, s.Inspections),
        };
        if (s.UnitsVisited > 0)
        {
            first.Add(phrases.UnitsCovered(s.UnitsVisited));
        }

        if (s.Findings == 0)
        {
            first.Add(phrases.NoneFound);
        }
        else
        {
            first.Add(phrases.FoundClause(s.Findings));
            first.Add(phrases.RectifiedClause(s.Rectified, s.RectificationRate));
            if (s.Rectified > 0)
            {
                first.Add(phrases.OnTimeClause(s.OnTimeRate));
            }

            if (s.Closed > 0)
            {
                first.Add(phrases.ClosedClause(s.Closed));
            }
        }

        var text = phrases.Join(first);
        if (s.Findings > 0)
        {
            text += phrases.Semicolon + phrases.OverdueClause(s.Overdue);
        }

        var sentences = new List<string> { phrases.Sentence(text) };
        if (s.ServiceProblems > 0)
        {
            sentences.Add(phrases.Sentence(phrases.ServiceClause(s.ServiceProblems)));
        }

        if (s.Measures.PersonTimes > 0)
        {
            var forms = s.Measures.ByFourForms.Where(f => f.PersonTimes > 0)
                .Select(f => phrases.FourFormsClause(Vocabulary.Label(f.Form, phrases.Language), f.PersonTimes, f.Share));
            sentences.Add(phrases.Sentence([phrases.AccountabilityClause(s.Measures.PersonTimes, s.Measures.People), phrases.FourFormsLead(forms)]));
        }

        return phrases.Paragraph(sentences);
    }

    private static BodyChart Trend(RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        // The trend starts on the first day anything was found: a round whose groups set out on its 13th day
        // would otherwise give a third of the chart to a flat line at zero.
        var days = s.Daily.SkipWhile(d => d.CumulativeFound == 0 && d.CumulativeRectified == 0).ToList();
        var labels = days.Select(d => d.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new BodyChart(
            BodyChartKind.Line,
            numbers.Chart(phrases.TrendCaption),
            [.. labels],
            [
                new BodyChartSeries(phrases.FoundPerDay, [.. days.Select(d => (double)d.Found)]),
                new BodyChartSeries(phrases.RectifiedPerDay, [.. days.Select(d => (double)d.Rectified)]),
            ]);
    }

    private static IEnumerable<BodyBlock> ByArea(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string key) => BreakdownLabels.Of(round, BreakdownDimension.Area, key, phrases.Language);
        var areas = s.ByArea;
        var most = areas.Take(3).Select(a => (Name(a.Key), a.Counts.Findings));
        var allRectified = areas.Count(a => a.Counts.Findings > 0 && a.Counts.Rectified == a.Counts.Findings);
        var late = areas.Where(a => a.Counts.Overdue > 0).OrderByDescending(a => a.Counts.Overdue).ThenBy(a => a.Key, StringComparer.Ordinal).Take(3).Select(a => (Name(a.Key), a.Counts.Overdue));
        var table = numbers.NextTable;
        yield return new BodyParagraph(phrases.AreaSummary(table, most, allRectified, late));

        var (shown, others) = TableRows.Top(areas, TopAreas);
        var rows = new List<(string Label, BreakdownCounts Counts)>(shown.Select(a => (Name(a.Key), a.Counts)));
        if (others.Count > 0)
        {
            rows.Add((phrases.OtherAreas(others.Count), TableRows.Sum(others.Select(o => o.Counts))));
        }

        var rest = TableRows.Rest(TableRows.Totals(s), TableRows.Sum(areas.Select(a => a.Counts)));
        if (rest.Findings > 0)
        {
            rows.Add((phrases.NoArea, rest));
        }

        yield return CountsTable(numbers.Table(phrases.ByAreaCaption), BreakdownLabels.Of(BreakdownDimension.Area, phrases.Language), rows, TableRows.Totals(s), phrases, withShare: false, totalFindings: s.Findings);
    }

    private static IEnumerable<BodyBlock> ByCategory(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string key) => BreakdownLabels.Of(round, BreakdownDimension.Category, key, phrases.Language);
        var categories = s.ByCategory;
        var first = categories[0];
        yield return new BodyParagraph(phrases.CategorySummary(
            (Name(first.Key), first.Counts.Findings, Ratio.Of(first.Counts.Findings, s.Findings)),
            categories.Skip(1).Take(2).Select(c => (Name(c.Key), c.Counts.Findings))));

        var (shown, others) = TableRows.Top(categories, TopCategories);
        var rows = new List<(string Label, BreakdownCounts Counts)>(shown.Select(c => (Name(c.Key), c.Counts)));
        if (others.Count > 0)
        {
            rows.Add((phrases.OtherCategories(others.Count), TableRows.Sum(others.Select(o => o.Counts))));
        }

        yield return CountsTable(numbers.Table(phrases.ByCategoryCaption), BreakdownLabels.Of(BreakdownDimension.Category, phrases.Language), rows, TableRows.Totals(s), phrases, withShare: true, totalFindings: s.Findings);

        var (charted, rest) = TableRows.Top(categories, ChartCategories);
        var labels = charted.Select(c => Name(c.Key)).ToList();
        var values = charted.Select(c => (double)c.Counts.Findings).ToList();
        if (rest.Count > 0)
        {
            labels.Add(phrases.OtherCategories(rest.Count));
            values.Add(rest.Sum(c => c.Counts.Findings));
        }

        yield return new BodyChart(BodyChartKind.HorizontalBars, numbers.Chart(phrases.CategoryChartCaption), [.. labels], [new BodyChartSeries(phrases.Found, [.. values])]);
    }

    private static BodyTable CountsTable(string caption, string labelHeader, List<(string Label, BreakdownCounts Counts)> rows, BreakdownCounts total, StatisticsPhrases phrases, bool withShare, int totalFindings)
    {
        var columns = new List<BodyTableColumn>
        {
            new(phrases.Index, BodyColumnKind.Index),
            new(labelHeader, BodyColumnKind.Label),
            new(phrases.Found, BodyColumnKind.Number),
        };
        if (withShare)
        {
            columns.Add(new(phrases.Share, BodyColumnKind.Number));
        }

        columns.AddRange([new(phrases.Rectified, BodyColumnKind.Number), new(phrases.Rate, BodyColumnKind.Number), new(phrases.Closed, BodyColumnKind.Number), new(phrases.Overdue, BodyColumnKind.Number)]);

        EquatableArray<string> Row(string index, string label, BreakdownCounts c)
        {
            var cells = new List<string> { index, label, TableRows.N(c.Findings) };
            if (withShare)
            {
                cells.Add(phrases.Percent(Ratio.Of(c.Findings, totalFindings)));
            }

            cells.AddRange([TableRows.N(c.Rectified), phrases.Percent(c.RectificationRate), TableRows.N(c.Closed), TableRows.N(c.Overdue)]);
            return [.. cells];
        }

        var lines = rows.Select((r, i) => Row(TableRows.N(i + 1), r.Label, r.Counts)).ToList();
        lines.Add(Row(string.Empty, phrases.Total, total));
        return new BodyTable(caption, [.. columns], [.. lines], LastRowIsTotal: true);
    }

    private static IEnumerable<BodyBlock> ByGroup(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string id) => BreakdownLabels.Of(round, BreakdownDimension.Group, id, phrases.Language);
        var groups = s.ByGroup.ToList();
        var active = groups.OrderByDescending(g => g.Inspections).First();
        var finder = groups.OrderByDescending(g => g.Counts.Findings).First();
        if (active.Inspections > 0)
        {
            yield return new BodyParagraph(phrases.GroupSummary(Name(active.GroupId), active.Inspections, Name(finder.GroupId), finder.Counts.Findings));
        }

        // Round order reads best (第一组, 第二组, …); only a very long list is cut, to the busiest groups.
        var shown = groups.Count <= TopGroups + 1 ? groups : [.. groups.OrderByDescending(g => g.Counts.Findings).ThenByDescending(g => g.Inspections).Take(TopGroups)];
        var others = groups.Except(shown).ToList();
        var columns = new BodyTableColumn[]
        {
            new(phrases.Index, BodyColumnKind.Index),
            new(BreakdownLabels.Of(BreakdownDimension.Group, phrases.Language), BodyColumnKind.Label),
            new(phrases.Inspections, BodyColumnKind.Number),
            new(phrases.UnitsVisited, BodyColumnKind.Number),
            new(phrases.Found, BodyColumnKind.Number),
            new(phrases.Rectified, BodyColumnKind.Number),
            new(phrases.Rate, BodyColumnKind.Number),
        };
        EquatableArray<string> Row(string index, string label, string inspections, string units, BreakdownCounts c) =>
            [index, label, inspections, units, TableRows.N(c.Findings), TableRows.N(c.Rectified), phrases.Percent(c.RectificationRate)];

        var rows = shown.Select((g, i) => Row(TableRows.N(i + 1), Name(g.GroupId), TableRows.N(g.Inspections), TableRows.N(g.UnitsVisited), g.Counts)).ToList();
        var n = rows.Count;
        if (others.Count > 0)
        {
            // Units visited are distinct per group and cannot be added up across groups; the "其他" row leaves them out.
            rows.Add(Row(TableRows.N(++n), phrases.OtherGroups(others.Count), TableRows.N(others.Sum(g => g.Inspections)), phrases.Dash, TableRows.Sum(others.Select(g => g.Counts))));
        }

        var rest = TableRows.Rest(TableRows.Totals(s), TableRows.Sum(groups.Select(g => g.Counts)));
        if (rest.Findings > 0)
        {
            rows.Add(Row(TableRows.N(++n), phrases.NoGroup, phrases.Dash, phrases.Dash, rest));
        }

        rows.Add(Row(string.Empty, phrases.Total, TableRows.N(s.Inspections), TableRows.N(s.UnitsVisited), TableRows.Totals(s)));
        yield return new BodyTable(numbers.Table(phrases.ByGroupCaption), [.. columns], [.. rows], LastRowIsTotal: true);
        if (s.UnitsVisited < groups.Sum(g => g.UnitsVisited))
        {
            yield return new BodyParagraph(phrases.DistinctUnitsNote);
        }
    }

    private static IEnumerable<BodyBlock> Accountability(RoundStatistics s, StatisticsPhrases phrases, Numbering numbers, LocalDateText dates)
    {
        var measures = s.Measures;
        if (measures.PersonTimes == 0)
        {
            yield return new BodyParagraph(phrases.NoMeasures(dates));
            yield break;
        }

        string Form(MeasureForm form) => Vocabulary.Label(form, phrases.Language);
        yield return new BodyParagraph(phrases.MeasuresSummary([.. measures.ByForm.OrderByDescending(f => f.PersonTimes).Select(f => (Form(f.Form), f.PersonTimes))]));

        var columns = new BodyTableColumn[]
        {
            new(phrases.Index, BodyColumnKind.Index),
            new(phrases.Form, BodyColumnKind.Label),
            new(phrases.FourForms, BodyColumnKind.Term),
            new(phrases.PersonTimes, BodyColumnKind.Number),
            new(phrases.People, BodyColumnKind.Number),
            new(phrases.Share, BodyColumnKind.Number),
        };
        var rows = measures.ByForm.Select((f, i) => (EquatableArray<string>)[
            TableRows.N(i + 1), Form(f.Form), Vocabulary.Label(Vocabulary.FourFormsOf(f.Form), phrases.Language),
            TableRows.N(f.PersonTimes), TableRows.N(f.People), phrases.Percent(f.Share)]).ToList();
        rows.Add([string.Empty, phrases.Total, string.Empty, TableRows.N(measures.PersonTimes), TableRows.N(measures.People), phrases.Percent(1)]);
        yield return new BodyTable(numbers.Table(phrases.ByFormCaption), [.. columns], [.. rows], LastRowIsTotal: true);

        var used = measures.ByFourForms.Where(f => f.PersonTimes > 0).ToList();
        yield return new BodyChart(
            BodyChartKind.Donut,
            numbers.Chart(phrases.FourFormsChartCaption),
            [.. used.Select(f => Vocabulary.Label(f.Form, phrases.Language))],
            [new BodyChartSeries(phrases.PersonTimes, [.. used.Select(f => (double)f.PersonTimes)])])
        {
            TotalLabel = phrases.ChartTotal,
            LatinParentheses = phrases.Language == Language.English,
        };
    }
}
