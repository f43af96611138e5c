namespace Supervision.Reporting.Tests.Rendering.Pdf;

internal static class Chinese
{
    public static string Numeral(int n) => n switch
    {
        <= 10 => "零一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + "零一二三四五六七八九"[n - 10].ToString().Replace("零", string.Empty, StringComparison.Ordinal),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
