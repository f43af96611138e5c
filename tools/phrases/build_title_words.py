#!/usr/bin/python3
"""Builds the word list that keeps title lines from breaking inside a word (Official/TitleLines.cs).

Why: GB/T 9704 §7.3.1 wants a title broken "词意完整" — between words — and Chinese has no spaces to show
where words end. jieba's dictionary (MIT, Debian package python3-jieba) lists 349,046 words with their
frequency in a large corpus; the common ones (frequency >= MIN_FREQUENCY, 2-6 characters, all in GB 2312)
plus tools/phrases/title-words.txt (supervision vocabulary) are enough to keep titles' words whole and
small to embed. A break is refused inside any listed word, so the list must hold words, never phrases
that should be breakable.

Output (committed): src/Supervision.Reporting/Rendering/Pdf/Official/TitleWords/words.txt (one word a line)
and LICENSE-jieba.txt beside it.
Usage: /usr/bin/python3 tools/phrases/build_title_words.py      Needs: apt-get install python3-jieba
"""
import os
import pathlib

MIN_FREQUENCY = 100
JIEBA = pathlib.Path("/usr/lib/python3/dist-packages/jieba/dict.txt")
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[1] / "src/Supervision.Reporting/Rendering/Pdf/Official/TitleWords"


def gb2312_chars():
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def main():
    gb = gb2312_chars()
    words = set()
    with open(JIEBA, encoding="utf-8") as f:
        for line in f:
            word, freq = line.split()[:2]
            if 2 <= len(word) <= 6 and int(freq) >= MIN_FREQUENCY and all(c in gb for c in word):
                words.add(word)
    with open(HERE / "title-words.txt", encoding="utf-8") as f:
        own = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    words |= own
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "words.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sorted(words)) + "\n")
    copyright_ = pathlib.Path("/usr/share/doc/python3-jieba/copyright").read_text(encoding="utf-8")
    with open(OUT / "LICENSE-jieba.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("words.txt is a selection of the words of jieba's dictionary (jieba 0.42.1, Debian package\n"
                "python3-jieba 0.42.1-3; the words only, without frequencies or tags), plus words of the\n"
                "Supervision.Reporting contributors. jieba is under the MIT (Expat) licence; Debian's copyright\n"
                "file follows.\n\n" + copyright_)
    print(f"{len(words):,} words ({len(own)} own), words.txt {os.path.getsize(OUT / 'words.txt'):,} bytes")


if __name__ == "__main__":
    main()
