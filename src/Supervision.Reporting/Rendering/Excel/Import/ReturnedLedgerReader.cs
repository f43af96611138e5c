using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExcelDataReader;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Reads the detail sheet of a returned ledger: an .xlsx row by row from its XML (XlsxRowReader), a legacy .xls
// with ExcelDataReader. The sheet and its
// header row are found by header text in any of the three languages, never by position: units rename sheets,
// insert rows above the header, add, delete and reorder columns.
internal static partial class ReturnedLedgerReader
{
    // Rows searched for the header: the writer puts it on row 3; a unit may insert a few rows above.
    private const int HeaderSearchRows = 30;

    private static readonly Dictionary<string, (LedgerColumn Column, Language Language)> Headers = BuildHeaders();

    // Not written by the ledger: a unit may add a column with the date its progress was reported.
    private static readonly HashSet<string> ProgressDateHeaders = new(
        new[] { "进展日期", "進展日期", "填报日期", "填報日期", "进展时间", "進展時間", "progressdate", "reportedon" }.Select(Key),
        StringComparer.Ordinal);

    // ExcelDataReader needs the code pages of legacy .xls files, which .NET Core does not ship registered. The
    // runtime runs a static constructor once, thread-safely, before any member of the class is used.
    static ReturnedLedgerReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ReturnedSheet Read(Stream workbook)
    {
        var legacy = IsLegacy(workbook);

        // A legacy .xls is not compressed: its size bounds what it can hold. An .xlsx is scanned in one streaming
        // pass for the limits of what it inflates to before ExcelDataReader sees it.
        ReturnedPackageScan? scan = null;
        if (legacy)
        {
            ReturnedPackageScan.CheckFileSize(workbook);
        }
        else
        {
            scan = ReturnedPackageScan.Run(workbook);
        }

        ISheetRows rows;
        try
        {
            rows = legacy
                ? new ExcelDataReaderRows(ExcelReaderFactory.CreateReader(workbook, new ExcelReaderConfiguration { LeaveOpen = true }))
                : new XlsxRowReader(workbook, scan!.IsPlain);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader's own exception types must not escape the library (DESIGN §3).
            throw e is InvalidDataException ? e : new InvalidDataException("The file is not a readable .xlsx or .xls workbook: " + e.Message, e);
        }

        // The sheet found owns an .xlsx reader, whose rows are read as the importer enumerates them.
        var handedOver = false;
        try
        {
            while (rows.NextSheet())
            {
                if (TryReadSheet(rows, legacy, scan) is { } sheet)
                {
                    handedOver = sheet.Reader is not null;
                    return sheet;
                }
            }
        }
        catch (Exception e) when (e is not (InvalidDataException or OutOfMemoryException))
        {
            throw new InvalidDataException("The workbook could not be read: " + e.Message, e);
        }
        finally
        {
            if (!handedOver)
            {
                rows.Dispose();
            }
        }

        throw new InvalidDataException(
            "No sheet has a ledger header row: a row with the headers 问题编号 (問題編號, Finding ID) and 整改状态 (整改狀態, Status) within its first "
            + HeaderSearchRows.ToString(CultureInfo.InvariantCulture) + " rows.");
    }

    private static ReturnedSheet? TryReadSheet(ISheetRows reader, bool legacy, ReturnedPackageScan? scan)
    {
        var above = new List<object?[]>();
        var number = 0;
        Dictionary<LedgerColumn, int>? columns = null;
        int? progressDate = null;
        var language = Language.ZhHans;
        while (columns is null)
        {
            if (number >= HeaderSearchRows || !reader.Read())
            {
                return null;
            }

            number++;
            var values = Values(reader, number);
            columns = HeaderColumns(reader.Name, number, values, out progressDate, out language);
            if (columns is null)
            {
                above.Add(values);
            }
        }

        var headerRow = number;
        var (asOf, isPublic) = Subtitle(above);

        // A .xls is read whole here (ExcelDataReader's merges and the formula scan of the same stream come after
        // its rows); an .xlsx has its merges from the package scan before its first row, and its rows are read
        // as they are enumerated.
        IEnumerable<ReturnedRow> rows;
        IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> merges;
        if (reader is XlsxRowReader xlsx && scan is not null)
        {
            merges = scan.MergesOf(xlsx.Part);
            rows = Rows(reader, headerRow);
        }
        else
        {
            var read = new List<ReturnedRow>();
            while (reader.Read())
            {
                number++;
                read.Add(new ReturnedRow(number, Values(reader, number)));
            }

            merges = reader.Merges;
            rows = read;
        }

        var sheet = new ReturnedSheet
        {
            Name = reader.Name,
            IsLegacyXls = legacy,
            HeaderRow = headerRow,
            Columns = columns,
            ProgressDateColumn = progressDate,
            Language = language,
            AsOf = asOf,
            IsPublicEdition = isPublic,
            Rows = new MergeSpreader(merges, headerRow + 1).Spread(rows),
            Reader = reader is XlsxRowReader ? reader : null,
            Formulas = scan?.FormulasOf(reader.Name),
        };
        MergeNotes(merges, sheet);
        return sheet;
    }

    // The rows below the header as the reader reads them; a reader's own failure is an unreadable workbook.
    private static IEnumerable<ReturnedRow> Rows(ISheetRows reader, int headerRow)
    {
        var number = headerRow;
        while (Next(reader))
        {
            number++;
            yield return new ReturnedRow(number, Values(reader, number));
        }

        static bool Next(ISheetRows reader)
        {
            try
            {
                return reader.Read();
            }
            catch (Exception e) when (e is not (InvalidDataException or OutOfMemoryException))
            {
                throw new InvalidDataException("The workbook could not be read: " + e.Message, e);
            }
        }
    }

    private static object?[] Values(ISheetRows reader, int row)
    {
        var values = reader.Values;
        for (var i = 0; i < values.Length; i++)
        {
            // The .xlsx scan has refused longer cells already; a .xls is bounded by its file size, and checked here.
            if (values[i] is string { Length: > ReturnedPackageScan.MaxCellCharacters })
            {
                throw WorkbookLimit.Exception(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{reader.Name}!{CellTextSanitizer.ColumnName(i + 1)}{row} holds more than {ReturnedPackageScan.MaxCellCharacters:N0} characters; a cell of a returned ledger holds at most that many."));
            }
        }

        return values;
    }

    // The header row is the first with both 问题编号 and 整改状态; every other recognised header is mapped too.
    private static Dictionary<LedgerColumn, int>? HeaderColumns(string sheet, int row, object?[] values, out int? progressDate, out Language language)
    {
        progressDate = null;
        language = Language.ZhHans;
        var found = new Dictionary<LedgerColumn, int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not string text)
            {
                continue;
            }

            var key = Key(text);
            if (Headers.TryGetValue(key, out var header))
            {
                if (found.TryGetValue(header.Column, out var first))
                {
                    // Two columns with one meaning: which one the unit filled in cannot be known.
                    if (found.ContainsKey(LedgerColumn.FindingId) || header.Column == LedgerColumn.FindingId)
                    {
                        throw new InvalidDataException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{sheet}!{CellTextSanitizer.ColumnName(first + 1)}{row} and {sheet}!{CellTextSanitizer.ColumnName(i + 1)}{row} have the same header; a ledger has each column once."));
                    }

                    continue;
                }

                found[header.Column] = i;
                if (header.Column == LedgerColumn.FindingId)
                {
                    language = header.Language;
                }
            }
            else if (ProgressDateHeaders.Contains(key))
            {
                progressDate ??= i;
            }
        }

        return found.ContainsKey(LedgerColumn.FindingId) && found.ContainsKey(LedgerColumn.Status) ? found : null;
    }

    private static (LocalDate? AsOf, bool IsPublic) Subtitle(List<object?[]> above)
    {
        foreach (var row in above)
        {
            foreach (var value in row)
            {
                if (value is not string text)
                {
                    continue;
                }

                var match = AsOfPattern().Match(CellValues.Normalize(text));
                if (match.Success)
                {
                    var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                    var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                    var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                    var isPublic = text.Contains(LedgerText.PublicEdition(Language.ZhHans).Trim(), StringComparison.Ordinal)
                        || text.Contains(LedgerText.PublicEdition(Language.ZhHant).Trim(), StringComparison.Ordinal)
                        || text.Contains(LedgerText.PublicEdition(Language.English).Trim(), StringComparison.OrdinalIgnoreCase);
                    if (month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
                    {
                        return (new LocalDate(year, month, day), isPublic);
                    }
                }
            }
        }

        return (null, false);
    }

    // A merged cell's value sits in its top-left cell (MergeSpreader spreads it); a merge down the rows is noted.
    private static void MergeNotes(IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> merges, ReturnedSheet sheet)
    {
        var firstDataRow = sheet.HeaderRow + 1;
        foreach (var merge in merges)
        {
            var top = merge.FromRow + 1;
            var bottom = merge.ToRow + 1;
            if (bottom >= firstDataRow && bottom > top && top >= firstDataRow)
            {
                sheet.Notes.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{sheet.Cell(top, merge.FromColumn)}:{CellTextSanitizer.ColumnName(merge.ToColumn + 1)}{bottom} is merged; its value is read for each of rows {top}–{bottom}."));
            }
        }
    }

    private static bool IsLegacy(Stream stream)
    {
        Span<byte> signature = stackalloc byte[4];
        var start = stream.Position;
        var read = stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false);
        stream.Position = start;
        if (read < 4)
        {
            throw new InvalidDataException("The file is empty or too short to be a workbook.");
        }

        // D0 CF 11 E0: an OLE compound file, i.e. a BIFF .xls; PK: a zip package, i.e. .xlsx.
        return signature[0] == 0xD0 && signature[1] == 0xCF && signature[2] == 0x11 && signature[3] == 0xE0;
    }

    // Headers match whatever the width of the column did to them: line breaks, spaces, a required-field star.
    private static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c) && c is not '*' and not '＊' and not '\u200B')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, (LedgerColumn, Language)> BuildHeaders()
    {
        var headers = new Dictionary<string, (LedgerColumn, Language)>(StringComparer.Ordinal);
        foreach (var language in new[] { Language.ZhHans, Language.ZhHant, Language.English })
        {
            foreach (var column in Enum.GetValues<LedgerColumn>())
            {
                headers.TryAdd(Key(LedgerText.Header(column, language)), (column, language));
            }
        }

        return headers;
    }

    [GeneratedRegex(@"(?:截至|As of\s*)(?<y>\d{4})(?:年|-)(?<m>\d{1,2})(?:月|-)(?<d>\d{1,2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsOfPattern();
}
