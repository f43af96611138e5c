#!/usr/bin/env python3
"""Writes HantCharacters.cs: the Simplified→Traditional character map for the library's own Chinese
sentence patterns (the phrase classes of the bulletins), made with OpenCC's s2tw conversion (Taiwan standard characters, no vocabulary changes)
(Debian package `opencc`). Only the characters the patterns use are mapped; data from a round is
never converted. Re-run after adding patterns:  python3 tools/phrases/make_hant_map.py"""
import pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parents[2]
content = root / "src/Supervision.Reporting/Rendering/Pdf/Bulletins/Content"
sources = sorted(content.glob("*Phrases.cs"))
chars = set()
for source in sources:
    for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', source.read_text(encoding="utf-8")):
        chars.update(c for c in literal if '\u3400' <= c <= '\u9fff')
chars = sorted(chars)
converted = subprocess.run(["opencc", "-c", "s2tw"], input="\n".join(chars), capture_output=True, text=True, check=True).stdout.split("\n")
pairs = [(s, t) for s, t in zip(chars, converted) if len(t) == 1 and s != t]
# Traditional Chinese quotes: corner brackets.
pairs += [("\u201c", "\u300c"), ("\u201d", "\u300d"), ("\u2018", "\u300e"), ("\u2019", "\u300f")]
lines = ",\n".join(f"        ['{s}'] = '{t}'" for s, t in pairs)
out = content / "HantCharacters.cs"
out.write_text(f'''using System.Collections.Frozen;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Simplified → Traditional for the characters of the library's own sentence patterns, made by
// tools/phrases/make_hant_map.py with OpenCC (s2tw). Generated: edit the script, not this file.
internal static class HantCharacters
{{
    private static readonly FrozenDictionary<char, char> Map = new Dictionary<char, char>
    {{
{lines},
    }}.ToFrozenDictionary();

    public static string Convert(string pattern) => string.Create(pattern.Length, pattern, static (span, source) =>
    {{
        for (var i = 0; i < source.Length; i++)
        {{
            span[i] = Map.TryGetValue(source[i], out var traditional) ? traditional : source[i];
        }}
    }});
}}
''', encoding="utf-8")
print(out, len(pairs), "characters")
