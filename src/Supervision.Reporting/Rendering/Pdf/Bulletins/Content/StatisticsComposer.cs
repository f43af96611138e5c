using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Privacy;
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
        var dates = new LocalDateText(asOf, round.Period.Start, phrases.Language);
        var notices = round.Notices.Where(n => n.PublishedOn <= asOf).OrderBy(n => n.PublishedOn).ToList();
        var exposed = statistics.TypicalCasesMadePublic;

        var body = new List<BodyBlock>();
        body.AddRange(spec.Preamble.IsEmpty
            ? [new BodyParagraph(phrases.Preamble(round, round.Groups.Count, round.FocusAreas.Count, dates))]
            : spec.Preamble.Select(p => new BodyParagraph(p)));

        // The figures are told in prose in the body; the tables and charts go into one 附件 after the requirements,
        // as offices attach them, or on request into the body after the paragraph citing them (numbered in the order
        // they appear, which is the order the prose cites them).
        var inBody = spec.Tables == TablePlacement.Body;
        var numbers = new Numbering(phrases, inBody);
        var figures = inBody ? body : new List<BodyBlock>();
        body.Add(numbers.Heading(phrases.Overall));
        body.Add(new BodyParagraph(Overview(round, statistics, phrases, dates, exposed)));
        if (!statistics.ByArea.IsEmpty)
        {
            var (summary, table) = ByArea(round, statistics, phrases, numbers);
            body.Add(summary);
            figures.Add(table);
        }

        if (!statistics.ByCategory.IsEmpty)
        {
            var (summary, blocks) = ByCategory(round, statistics, phrases, numbers);
            body.Add(summary);
            figures.AddRange(blocks);
        }

        if (!statistics.ByGroup.IsEmpty)
        {
            var (summary, blocks) = ByGroup(round, statistics, phrases, numbers);
            body.AddRange(summary);
            figures.AddRange(blocks);
        }

        if (statistics.Measures.PersonTimes > 0)
        {
            var (summary, blocks) = Accountability(round, statistics, phrases, numbers, dates);
            body.Add(summary);
            figures.AddRange(blocks);
        }

        if (statistics.Daily.Count(d => d.CumulativeFound > 0) > 1)
        {
            figures.Add(Trend(statistics, phrases, numbers));
        }

        var problems = MainProblems(round, statistics, phrases, dates);
        if (problems.Count > 0)
        {
            body.Add(numbers.Heading(phrases.ProblemsHeading));
            body.Add(new BodyParagraph(phrases.Problems(problems)));
        }

        // Typical cases are cited by the notice that published them; only cases the spec lists are told here.
        if (!spec.CaseIds.IsEmpty)
        {
            var cases = Cases(round, resolved);
            body.Add(numbers.Heading(phrases.CasesHeading));
            body.Add(new BodyParagraph(phrases.CasesLead(cases.Count)));
            var narrator = new CaseNarrator(round, naming, asOf, CasePhrases.For(resolved.Spec.Language));
            for (var i = 0; i < cases.Count; i++)
            {
                body.Add(new BodyHeading(2, phrases.Subheading(i + 1, narrator.Title(cases[i])), narrator.Narrative(cases[i])));
            }
        }
        else if (spec.TypicalCasesNotice is { Length: > 0 } number)
        {
            // The spec names the typical-case bulletin's 发文字号: cite the cases by it.
            body.Add(new BodyParagraph(phrases.NoticeCitedByNumber(number, exposed)));
        }
        else if (notices.Count > 0 && exposed > 0)
        {
            body.Add(new BodyParagraph(phrases.NoticesCited([.. notices.Select(n => (new LocalDateText(n.PublishedOn, round.Period.Start, phrases.Language), naming.Redact(n.Title)))], exposed)));
        }

        body.Add(numbers.Heading(phrases.RequirementsHeading));
        body.AddRange(spec.Requirements.IsEmpty
            ? phrases.DefaultRequirements(resolved.Topic, statistics.Findings, statistics.Open, statistics.Overdue)
            : spec.Requirements.Select(p => new BodyParagraph(p)));

        // The 附件说明 closes the body; the 附件 itself follows the signature and date, from a new page.
        List<BodyBlock> attachment = [];
        if (!inBody && figures.Count > 0)
        {
            body.Add(new BodyParagraph(phrases.AnnexLine(round.Title, figures.Any(b => b is BodyChart))));
            attachment.Add(new BodyHeading(1, phrases.AnnexHeading));
            attachment.AddRange(figures);
        }

        return resolved.Document(round, phrases.Title(round.Title), body, phrases.Subject(round.Title), phrases.Keywords(resolved.Topic, round.Id)) with { Attachment = [.. attachment] };
    }

    // 存在的主要问题 from the data: the largest categories, the areas with overdue problems (else what is still open),
    // and a category found again and again across areas.
    private static List<string> MainProblems(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, LocalDateText dates)
    {
        var points = new List<string>();
        if (s.Findings == 0)
        {
            return points;
        }

        string Category(string key) => BreakdownLabels.Of(round, BreakdownDimension.Category, key, phrases.Language);
        string Area(string key) => BreakdownLabels.Of(round, BreakdownDimension.Area, key, phrases.Language);
        if (!s.ByCategory.IsEmpty)
        {
            var first = s.ByCategory[0];
            points.Add(phrases.ProminentCategory(Category(first.Key), first.Counts.Findings, Ratio.Of(first.Counts.Findings, s.Findings),
                [.. s.ByCategory.Skip(1).Take(2).Select(c => (Category(c.Key), c.Counts.Findings))]));
        }

        if (s.Overdue > 0)
        {
            var late = s.ByArea.Where(a => a.Counts.Overdue > 0).OrderByDescending(a => a.Counts.Overdue).ThenBy(a => a.Key, StringComparer.Ordinal).Take(3)
                .Select(a => (Area(a.Key), a.Counts.Overdue)).ToList();
            points.Add(phrases.LateAreas(dates, s.Overdue, late));
        }
        else if (s.Open > 0)
        {
            points.Add(phrases.StillOpen(s.Open));
        }

        // The analytics has no category × area figure: count the areas of each category's findings here, with the
        // same definitions (violations found on or before the as-of date, the §6 top-level area).
        var spread = round.Findings.Where(f => f.IsViolation && f.FoundOn <= dates.Date)
            .Select(f => (f.CategoryCode, Area: round.TopLevelAreaOf(f)?.Id))
            .Where(x => x.Area is not null)
            .GroupBy(x => x.CategoryCode, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Areas: g.Select(x => x.Area).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Areas >= 3 && (s.ByCategory.IsEmpty || x.Code != s.ByCategory[0].Key))
            .OrderByDescending(x => x.Areas).ThenBy(x => x.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        if (spread.Code is not null)
        {
            points.Add(phrases.RepeatedCategory(Category(spread.Code), spread.Areas));
        }

        return points;
    }

    // Cases listed in the spec are all shown (an unknown id is an error).
    private static List<Finding> Cases(SupervisionRound round, ResolvedSpec resolved)
    {
        var cases = TypicalCaseComposer.SelectCases(round, resolved, out var problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(new DiagnosticReport(problems));
        }

        return cases;
    }

    private static string Overview(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, LocalDateText dates, int exposed)
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
            var used = s.Measures.ByFourForms.Where(f => f.PersonTimes > 0).ToList();
            var shares = Shares.Of([.. used.Select(f => f.PersonTimes)]);
            var forms = used.Select((f, i) => phrases.FourFormsClause(Vocabulary.Label(f.Form, phrases.Language), f.PersonTimes, shares[i]));
            var sanctioned = round.Measures.Where(m => m.DecidedOn <= dates.Date && MeasureWording.IsSanction(m.Form)).Select(m => m.PersonId).Distinct(StringComparer.Ordinal).Count();
            var clauses = new List<string> { phrases.AccountabilityClause(s.Measures.PersonTimes, s.Measures.People), phrases.FourFormsLead(forms) + (sanctioned > 0 ? phrases.SanctionsNote(sanctioned) : string.Empty) };
            var accountable = round.Measures.Count(m => m.DecidedOn <= dates.Date && IsAccountability(m));
            if (accountable > 0)
            {
                clauses.Add(phrases.AccountableClause(accountable));
            }

            sentences.Add(phrases.Sentence(clauses));
        }

        else
        {
            sentences.Add(phrases.Sentence(phrases.NoMeasures));
        }

        // 立案审查调查N件 and 通报曝光典型问题N起, each when the round records it.
        var filed = s.CasesFiled;
        var discipline = new List<string>();
        if (filed > 0)
        {
            discipline.Add(phrases.FiledClause(filed));
        }

        if (exposed > 0)
        {
            discipline.Add(phrases.ExposedClause(exposed));
        }

        if (discipline.Count > 0)
        {
            sentences.Add(phrases.Sentence(discipline));
        }

        return phrases.Paragraph(sentences);
    }

    // 问责 in the sense of the accountability regulations (中国共产党问责条例): 通报批评, 诫勉, 组织调整或组织处理, and a
    // 纪律处分 given to a leader for failing the duties of leadership. Reminder talks and criticism are not 问责.
    private static bool IsAccountability(AccountabilityMeasure measure) =>
        measure.Form is MeasureForm.CirculatedCriticism or MeasureForm.Admonishment
        || MeasureWording.IsOrganisational(measure.Form)
        || MeasureWording.IsSanction(measure.Form) && measure.Responsibility is Responsibility.MainLeadership or Responsibility.ImportantLeadership;

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

    private static (BodyParagraph Summary, BodyTable Table) ByArea(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string key) => BreakdownLabels.Of(round, BreakdownDimension.Area, key, phrases.Language);
        var areas = s.ByArea;
        var most = areas.Take(3).Select(a => (Name(a.Key), a.Counts.Findings));
        var allRectified = areas.Count(a => a.Counts.Findings > 0 && a.Counts.Rectified == a.Counts.Findings);
        var late = areas.Where(a => a.Counts.Overdue > 0).OrderByDescending(a => a.Counts.Overdue).ThenBy(a => a.Key, StringComparer.Ordinal).Take(3).Select(a => (Name(a.Key), a.Counts.Overdue));
        var summary = new BodyParagraph(numbers.CiteNextTable(phrases.AreaSummary(most, allRectified, late)));

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

        return (summary, CountsTable(numbers.Table(phrases.ByAreaCaption), BreakdownLabels.Of(BreakdownDimension.Area, phrases.Language), rows, TableRows.Totals(s), phrases, withShare: false));
    }

    private static (BodyParagraph Summary, List<BodyBlock> Blocks) ByCategory(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string key) => BreakdownLabels.Of(round, BreakdownDimension.Category, key, phrases.Language);
        var categories = s.ByCategory;
        var first = categories[0];
        var summary = new BodyParagraph(numbers.CiteNextTable(phrases.CategorySummary(
            (Name(first.Key), first.Counts.Findings, Ratio.Of(first.Counts.Findings, s.Findings)),
            categories.Skip(1).Take(2).Select(c => (Name(c.Key), c.Counts.Findings)))));

        var (shown, others) = TableRows.Top(categories, TopCategories);
        var rows = new List<(string Label, BreakdownCounts Counts)>(shown.Select(c => (Name(c.Key), c.Counts)));
        if (others.Count > 0)
        {
            rows.Add((phrases.OtherCategories(others.Count), TableRows.Sum(others.Select(o => o.Counts))));
        }

        var blocks = new List<BodyBlock> { CountsTable(numbers.Table(phrases.ByCategoryCaption), BreakdownLabels.Of(BreakdownDimension.Category, phrases.Language), rows, TableRows.Totals(s), phrases, withShare: true) };

        var (charted, rest) = TableRows.Top(categories, ChartCategories);
        var labels = charted.Select(c => Name(c.Key)).ToList();
        var values = charted.Select(c => (double)c.Counts.Findings).ToList();
        if (rest.Count > 0)
        {
            labels.Add(phrases.OtherCategories(rest.Count));
            values.Add(rest.Sum(c => c.Counts.Findings));
        }

        blocks.Add(new BodyChart(BodyChartKind.HorizontalBars, numbers.Chart(phrases.CategoryChartCaption), [.. labels], [new BodyChartSeries(phrases.Found, [.. values])]));
        return (summary, blocks);
    }

    private static BodyTable CountsTable(string caption, string labelHeader, List<(string Label, BreakdownCounts Counts)> rows, BreakdownCounts total, StatisticsPhrases phrases, bool withShare)
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

        // The shares of the rows add up to the total's 100.0% (largest remainder), whatever the rounding.
        var shares = Shares.Of([.. rows.Select(r => r.Counts.Findings)]);
        EquatableArray<string> Row(string index, string label, BreakdownCounts c, double share)
        {
            var cells = new List<string> { index, label, TableRows.N(c.Findings) };
            if (withShare)
            {
                cells.Add(phrases.Percent(share));
            }

            cells.AddRange([TableRows.N(c.Rectified), phrases.Percent(c.RectificationRate), TableRows.N(c.Closed), TableRows.N(c.Overdue)]);
            return [.. cells];
        }

        var lines = rows.Select((r, i) => Row(TableRows.N(i + 1), r.Label, r.Counts, shares[i])).ToList();
        lines.Add(Row(string.Empty, phrases.Total, total, total.Findings > 0 ? 1 : 0));
        return new BodyTable(caption, [.. columns], [.. lines], LastRowIsTotal: true);
    }

    private static (List<BodyBlock> Summary, List<BodyBlock> Blocks) ByGroup(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers)
    {
        string Name(string id) => BreakdownLabels.Of(round, BreakdownDimension.Group, id, phrases.Language);
        var groups = s.ByGroup.ToList();
        var active = groups.OrderByDescending(g => g.Inspections).First();
        var finder = groups.OrderByDescending(g => g.Counts.Findings).First();
        var summary = new List<BodyBlock>();
        if (active.Inspections > 0)
        {
            summary.Add(new BodyParagraph(numbers.CiteNextTable(phrases.GroupSummary(Name(active.GroupId), active.Inspections, Name(finder.GroupId), finder.Counts.Findings))));
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
        var blocks = new List<BodyBlock> { new BodyTable(numbers.Table(phrases.ByGroupCaption), [.. columns], [.. rows], LastRowIsTotal: true) };
        if (s.UnitsVisited < groups.Sum(g => g.UnitsVisited))
        {
            blocks.Add(new BodyParagraph(phrases.DistinctUnitsNote));
        }

        return (summary, blocks);
    }

    private static (BodyParagraph Summary, List<BodyBlock> Blocks) Accountability(SupervisionRound round, RoundStatistics s, StatisticsPhrases phrases, Numbering numbers, LocalDateText dates)
    {
        var measures = s.Measures;
        string Form(MeasureForm form) => Vocabulary.Label(form, phrases.Language);

        // Sanctions before the lighter forms, in the prose and in the table.
        var forms = measures.ByForm.OrderBy(f => MeasureWording.Rank(f.Form)).ToList();
        var summary = new BodyParagraph(numbers.CiteNextTable(phrases.MeasuresSummary([.. forms.Select(f => (Form(f.Form), f.PersonTimes))])));

        var columns = new BodyTableColumn[]
        {
            new(phrases.Index, BodyColumnKind.Index),
            new(phrases.Form, BodyColumnKind.Label),
            new(phrases.FourForms, BodyColumnKind.Term),
            new(phrases.PersonTimes, BodyColumnKind.Number),
            new(phrases.People, BodyColumnKind.Number),
            new(phrases.Share, BodyColumnKind.Number),
        };
        var shares = Shares.Of([.. forms.Select(f => f.PersonTimes)]);
        var rows = forms.Select((f, i) => (EquatableArray<string>)[
            TableRows.N(i + 1), Form(f.Form), Vocabulary.Label(Vocabulary.FourFormsOf(f.Form), phrases.Language),
            TableRows.N(f.PersonTimes), TableRows.N(f.People), phrases.Percent(shares[i])]).ToList();
        rows.Add([string.Empty, phrases.Total, string.Empty, TableRows.N(measures.PersonTimes), TableRows.N(measures.People), phrases.Percent(1)]);
        var blocks = new List<BodyBlock> { new BodyTable(numbers.Table(phrases.ByFormCaption), [.. columns], [.. rows], LastRowIsTotal: true) };

        // A pie of two values says no more than the sentence that gives both shares: charted from three forms on.
        var used = measures.ByFourForms.Where(f => f.PersonTimes > 0).ToList();
        if (used.Count > 2)
        {
            blocks.Add(new BodyChart(
                BodyChartKind.Donut,
                numbers.Chart(phrases.FourFormsChartCaption),
                [.. used.Select(f => Vocabulary.Label(f.Form, phrases.Language))],
                [new BodyChartSeries(phrases.PersonTimes, [.. used.Select(f => (double)f.PersonTimes)])])
            {
                TotalLabel = phrases.ChartTotal,
                LatinParentheses = phrases.Language == Language.English,
            });
        }

        return (summary, blocks);
    }
}
