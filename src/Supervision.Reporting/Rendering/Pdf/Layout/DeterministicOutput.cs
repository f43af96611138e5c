using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// Removes PDFsharp's random values from a saved file so that the same input gives the same
/// bytes: the six-letter font subset tags (drawn from Guid.NewGuid()) and the XMP
/// DocumentID/InstanceID uuids. Replacements have the same length, so the cross-reference
/// offsets and stream lengths stay valid. The trailer /ID is set before saving.
/// </summary>
internal static partial class DeterministicOutput
{
    public static void Normalize(byte[] pdf, byte[] seed)
    {
        // Latin-1 maps bytes 1:1 to chars, so string indexes are byte offsets.
        string text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            string old = m.Groups["tag"].Value;
            if (!tags.TryGetValue(old, out var replacement))
            {
                replacement = Letters(seed, "tag" + tags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                tags[old] = replacement;
            }

            Encoding.ASCII.GetBytes(replacement, pdf.AsSpan(m.Groups["tag"].Index));
        }

        int n = 0;
        foreach (Match m in Uuid().Matches(text))
        {
            byte[] hash = SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes("uuid" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            string uuid = new Guid(hash.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid, pdf.AsSpan(m.Groups["id"].Index));
        }
    }

    private static string Letters(byte[] seed, string salt)
    {
        byte[] hash = SHA256.HashData([.. seed, .. Encoding.ASCII.GetBytes(salt)]);
        var chars = new char[6];
        for (int i = 0; i < 6; i++)
        {
            chars[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(chars);
    }

    [GeneratedRegex(@"/(?:FontName|BaseFont)/(?<tag>[A-Z]{6})\+", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();
}
