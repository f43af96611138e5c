#!/usr/bin/python3
"""Builds the embedded Simplified→Traditional dictionary (OpenCC s2t) for zh-Hant bulletins.

Why: a zh-Hant bulletin must convert the round's own text too (unit names, summaries, narratives), and
character-by-character conversion is wrong wherever one Simplified character stands for several
Traditional ones (台账 is 台賬 in official usage, 发现 is 發現 but 头发 is 頭髮, 干部 is 幹部 but 干净 is 乾淨).
OpenCC (Apache-2.0) solves this with a phrase dictionary and longest-match segmentation; its dictionaries
ship with Debian's libopencc-data only as binary .ocd2 files, which `opencc_dict` (Debian's opencc
package) turns back into text.

Output (committed; rerun only when the OpenCC data or the supplement changes):
  src/Supervision.Reporting/Rendering/Pdf/Bulletins/Content/Hant/s2t.txt
      one entry a line (format: see encode()): every character of STCharacters.txt (its first
      candidate, as OpenCC takes), the phrases of STPhrases.txt that change the result of the
      character table, the phrases needed to keep OpenCC's segmentation where dropping a phrase would
      let another phrase match in its place, and the project's supplement (supplement.txt, which wins);
      a Traditional character that is also a Simplified key (苧) maps to itself, so that conversion
      to a fixed point does not chain (苎 → 苧 → 薴).
  .../Hant/hant-characters.txt
      the Traditional characters the dictionary writes for GB 2312 text, for tools/fonts/build_fonts.py
  .../Hant/LICENSE-OpenCC.txt  the Apache License 2.0 and OpenCC's copyright notice

Which phrases can be dropped: OpenCC converts by forward maximum matching over phrases and characters.
A phrase whose conversion equals its characters' conversion changes nothing by itself; it matters only
when, matched, it stops a different phrase from matching at a later position inside it or a shorter
phrase from matching at its start. Such phrases are kept; the others are dropped. The result equals
OpenCC's on any text except where the supplement overrides it (checked by --check FILE against the
opencc command).

Usage: /usr/bin/python3 tools/phrases/build_hant_dictionary.py [--check TEXT-FILE]
Needs: apt-get install libopencc-data opencc
"""
import os
import pathlib
import subprocess
import sys
import tempfile

OPENCC = pathlib.Path("/usr/share/opencc")
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "src/Supervision.Reporting/Rendering/Pdf/Bulletins/Content/Hant"


def read_ocd2(name):
    """The entries of an OpenCC binary dictionary as (key, [candidates])."""
    with tempfile.TemporaryDirectory() as tmp:
        txt = os.path.join(tmp, name + ".txt")
        subprocess.run(["opencc_dict", "-i", str(OPENCC / (name + ".ocd2")), "-o", txt, "-f", "ocd2", "-t", "text"],
                       check=True)
        with open(txt, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    return [(k, v.split(" ")) for k, v in rows]


def read_supplement():
    path = HERE / "supplement.txt"
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                k, v = line.split()
                rows.append((k, v))
    return rows


def gb2312_chars():
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def convert(text, table, max_len):
    """Forward maximum matching, as OpenCC's mmseg segmentation plus its group dictionary."""
    out = []
    i = 0
    while i < len(text):
        for n in range(min(max_len, len(text) - i), 0, -1):
            v = table.get(text[i:i + n])
            if v is not None:
                out.append(v)
                i += n
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def build():
    chars = {k: v[0] for k, v in read_ocd2("STCharacters")}
    phrases = {k: v[0] for k, v in read_ocd2("STPhrases")}
    supplement = read_supplement()

    def by_chars(s):
        return "".join(chars.get(c, c) for c in s)

    # Phrases that change the result, then (to a fixed point) the phrases that stop one of those from
    # matching: dropping such a phrase would let the other match where OpenCC does not.
    kept = {p: t for p, t in phrases.items() if by_chars(p) != t}
    pending = {p: t for p, t in phrases.items() if p not in kept}
    while True:
        prefixes = set()
        for k in kept:
            for n in range(1, len(k) + 1):
                prefixes.add(k[:n])

        def blocks_kept(p):
            if any(p[:n] in kept for n in range(2, len(p))):
                return True
            for k in range(1, len(p)):
                tail = p[k:]
                if tail in prefixes or any(tail[:n] in kept for n in range(2, len(tail) + 1)):
                    return True
            return False

        added = {p: t for p, t in pending.items() if blocks_kept(p)}
        if not added:
            break
        kept.update(added)
        for p in added:
            del pending[p]
    table = dict(chars)
    table.update(kept)
    for s, t in supplement:
        table[s] = t
    # The runtime converts to a fixed point (converted text converted again is unchanged). A character that
    # is the Traditional form of another (苎 → 苧) but is itself a key elsewhere (苧 → 薴) would chain there;
    # it is kept as it is instead — in Simplified text it is the rarer reading.
    guards = sorted(v for k, v in chars.items() if v != k and len(v) == 1 and chars.get(v, v) != v)
    for v in guards:
        table[v] = v
    print("characters kept as they are (would chain):", "".join(guards))
    return chars, phrases, kept, supplement, table


def encode(key, value, chars):
    """One line of s2t.txt. A character: "S<TAB>T". A phrase: the key alone when its conversion is its
    characters' conversion (it is there only to keep the segmentation), else "KEY<TAB>MASK" where MASK has
    the phrase's Traditional character where it differs from the character table's and "." where not —
    so that the file holds little more than the keys (585 KB instead of 1,019 KB; 253 KB compressed)."""
    if len(key) != len(value) or "." in key or "." in value or "\t" in key + value:
        raise SystemExit(f"cannot encode {key!r} -> {value!r}")
    if len(key) == 1:
        return f"{key}\t{value}"
    by_chars = [chars.get(c, c) for c in key]
    if "".join(by_chars) == value:
        return key
    return key + "\t" + "".join("." if t == c else t for c, t in zip(by_chars, value))


def main():
    chars, phrases, kept, supplement, table = build()
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [encode(k, v, chars) + "\n" for k, v in sorted(table.items())]
    with open(OUT / "s2t.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(lines))
    # What the fonts must cover (tools/fonts/build_fonts.py adds these): the Traditional characters the
    # dictionary writes for text made of GB 2312 characters, the set the fonts are built around.
    gb2312 = gb2312_chars()
    written = set()
    for k, v in table.items():
        if all(c in gb2312 for c in k):
            written.update(v)
    with open(OUT / "hant-characters.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(sorted(c for c in written if ord(c) > 0x7F)) + "\n")
    licence = pathlib.Path("/usr/share/common-licenses/Apache-2.0").read_text(encoding="utf-8")
    with open(OUT / "LICENSE-OpenCC.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("s2t.txt is derived from OpenCC's STCharacters and STPhrases dictionaries\n"
                "(OpenCC 1.1.6, Debian package libopencc-data 1.1.6+ds1-1), with phrases that do not change\n"
                "the result removed and a few entries of tools/phrases/supplement.txt added.\n\n"
                "Copyright 2010-2022 BYVoid <byvoid.kcp@gmail.com> and the OpenCC contributors.\n"
                "Licensed under the Apache License, Version 2.0 (below).\n\n" + licence)
    size = os.path.getsize(OUT / "s2t.txt")
    print(f"STCharacters {len(chars):,}, STPhrases {len(phrases):,}, phrases kept {len(kept):,}, "
          f"supplement {len(supplement)}, entries {len(table):,}, s2t.txt {size:,} bytes, "
          f"Traditional characters written for GB 2312 text {len(written):,}")

    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        text = pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")
        ours = convert(text, table, max(map(len, table)))
        theirs = subprocess.run(["opencc", "-c", "s2t"], input=text, capture_output=True, text=True,
                                check=True).stdout
        diffs = [(i, ours[max(0, i - 4):i + 4], theirs[max(0, i - 4):i + 4])
                 for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
        print(f"check: {len(text):,} characters, {len(diffs)} differ from opencc s2t")
        for d in diffs[:20]:
            print("  ", d)


if __name__ == "__main__":
    main()
