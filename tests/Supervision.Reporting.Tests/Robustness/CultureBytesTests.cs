using System.Globalization;
using NodaTime;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 12: the bytes of every output are the same under any current culture. Thai, Saudi
// Arabic and Persian use other calendars and digits (the PDF's XMP CreateDate came out as 2565, 1444
// and 1401); each generator runs under them and is compared byte for byte with an invariant run.
public sealed class CultureBytesTests
{
    private static readonly LocalDate AsOf = new(2022, 11, 30);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "th-TH", "ar-SA", "fa-IR" })
        {
            foreach (var output in new[] { "statistics-bulletin", "daily-bulletin", "ledger", "public-ledger", "stats-json", "stats-csv", "round-json" })
            {
                data.Add(culture, output);
            }
        }

        return data;
    }

    private static byte[] Produce(string output)
    {
        var round = Example.Guilin;
        using var stream = new MemoryStream();
        switch (output)
        {
            case "statistics-bulletin":
                Bulletin.Write(round, stream, new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = AsOf, UseSystemFonts = false });
                break;
            case "daily-bulletin":
                Bulletin.Write(round, stream, new BulletinSpec { Kind = BulletinKind.Daily, AsOf = AsOf, UseSystemFonts = false });
                break;
            case "ledger":
                RectificationLedger.Write(round, stream, new LedgerOptions { AsOf = AsOf });
                break;
            case "public-ledger":
                RectificationLedger.Write(round, stream, new LedgerOptions { AsOf = AsOf, Audience = Audience.Public, Language = Language.English });
                break;
            case "stats-json":
                StatisticsJson.Write(RoundAnalytics.Compute(round, AsOf), stream);
                break;
            case "stats-csv":
                StatisticsCsv.Write(RoundAnalytics.Compute(round, AsOf), round, Language.ZhHans, stream);
                break;
            default:
                var json = System.Text.Encoding.UTF8.GetBytes(RoundJson.Serialize(round));
                stream.Write(json);
                break;
        }

        return stream.ToArray();
    }

    private static byte[] ProduceUnder(CultureInfo culture, string output)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Produce(output);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generators_Write_UnderNonGregorianCulture_SameBytesAsInvariant(string cultureName, string output)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        culture.Calendar.Should().NotBeOfType<GregorianCalendar>("the culture must really use another calendar, or the test proves nothing");

        var invariant = ProduceUnder(CultureInfo.InvariantCulture, output);
        var local = ProduceUnder(culture, output);

        local.Should().Equal(invariant);
    }
}
