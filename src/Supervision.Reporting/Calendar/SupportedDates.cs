using System.Globalization;
using NodaTime;

namespace Supervision.Reporting.Calendar;

// The one range of dates the library serves, checked where dates come in (the JSON readers, the CLI's
// --as-of). Working-day arithmetic, daily series and the zip timestamps of a ledger (DOS dates end in
// 2107) all stay well inside it, so nothing downstream grows or overflows with an absurd date such as
// the 9999-12-31 some offices type for "no deadline".
internal static class SupportedDates
{
    public static readonly LocalDate Min = new(1900, 1, 1);

    public static readonly LocalDate Max = new(2099, 12, 31);

    public static string Range => string.Create(CultureInfo.InvariantCulture, $"{Min:uuuu-MM-dd}..{Max:uuuu-MM-dd}");

    public static bool Contains(LocalDate date) => date >= Min && date <= Max;
}
