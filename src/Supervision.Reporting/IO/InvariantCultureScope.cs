using System.Globalization;

namespace Supervision.Reporting.IO;

// Runs third-party writers under the invariant culture. PDFsharp formats the XMP CreateDate with the
// current culture's calendar (th-TH wrote 2565, ar-SA 1444, fa-IR 1401), so the same round gave other
// bytes on another machine; our own code formats invariantly, but a library's we cannot change.
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private InvariantCultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = culture;
        _uiCulture = uiCulture;
    }

    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
