#!/usr/bin/python3
"""Builds the bundled TrueType fonts from Debian's Noto CJK and LXGW WenKai packages.

Why: PDFsharp 6 can embed only TrueType (glyf) outlines from standalone .ttf files; Debian ships
Noto CJK as CFF outlines inside .ttc collections. This script takes the Simplified Chinese face
out of the collection, subsets it to the characters official documents need, converts the cubic
CFF outlines to quadratic TrueType outlines (cu2qu) and renames the family, as the SIL OFL
requires of modified fonts. It installs nothing; see README.md for the packages it reads.

Usage: /usr/bin/python3 tools/fonts/build_fonts.py [output-dir]
"""
import sys
import os
from fontTools.ttLib import TTFont, TTCollection, newTable
from fontTools.subset import Subsetter, Options
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
# Bold is in fonts-noto-cjk itself (SemiBold would need fonts-noto-cjk-extra): the title's 小标宋 stand-in.
NOTO_SERIF_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
# Unihan's kTGH field gives every character of 通用规范汉字表 (2013) with its number 1..8105
# (level 1: 1-3500, level 2: 3501-6500, level 3: 6501-8105). Debian package unicode-data.
UNIHAN_OTHER = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"

# Maximum distance (font units, 1000/em) between a cubic curve and its quadratic approximation:
# 1 unit at 16 pt is 0.016 pt, far below what print or screen can show.
MAX_ERR = 1.0


def gb2312_chars():
    """Every character of GB 2312 (row 0xA1..0xF7, cell 0xA1..0xFE): hanzi levels 1 and 2,
    punctuation, full-width forms, Greek, Cyrillic, kana, box drawing, ①..⑩ and ⑴.. etc."""
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return out


def tgh_chars(max_number=8105):
    """Characters of 通用规范汉字表 up to the given number (8105 = all three levels)."""
    import bz2
    out = set()
    with bz2.open(UNIHAN_OTHER, "rt", encoding="utf-8") as f:
        for line in f:
            if "\tkTGH\t" not in line:
                continue
            cp, _, value = line.rstrip("\n").split("\t")
            for item in value.split():
                _, number = item.split(":")
                if int(number) <= max_number:
                    out.add(int(cp[2:], 16))
    return out


def extra_chars():
    cps = set(range(0x20, 0x7F))            # ASCII
    cps |= set(range(0xA0, 0x100))          # Latin-1 (×÷±°·§ …)
    cps |= set(range(0x2000, 0x2070))       # general punctuation — … “ ” ‘ ’ ‰ ※
    cps |= set(range(0x2100, 0x2150))       # letterlike ℃ № ℉
    cps |= set(range(0x2150, 0x2190))       # number forms Ⅰ..Ⅻ
    cps |= set(range(0x2190, 0x2200))       # arrows
    cps |= set(range(0x2460, 0x24A0))       # ①..⑳ ⑴.. ⒈..
    cps |= set(range(0x2500, 0x2600))       # box drawing, blocks, geometric shapes ■□▲△○●
    cps |= set(range(0x2600, 0x2700)) & {0x2605, 0x2606, 0x2610, 0x2611, 0x2612, 0x2713, 0x2714}
    cps |= set(range(0x3000, 0x3040))       # CJK symbols and punctuation 、。〈〉《》「」『』【】〔〕〖〗
    cps |= set(range(0x3200, 0x3300))       # enclosed CJK ㈠..㈩ ㊀..
    cps |= set(range(0xFE30, 0xFE50))       # CJK compatibility forms
    cps |= set(range(0xFF00, 0xFFF0))       # full-width and half-width forms
    cps |= {0x2212, 0x221A, 0x221E, 0x2248, 0x2260, 0x2264, 0x2265, 0x2234, 0x2235, 0x00B7, 0x30FB}
    # Characters outside GB 2312 that occur in the example round (place and unit names) and in
    # common Guangxi place names and official-document vocabulary; GB 2312 lacks them.
    here = os.path.dirname(os.path.abspath(__file__))
    extra_file = os.path.join(here, "extra-chars.txt")
    if os.path.exists(extra_file):
        with open(extra_file, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cps |= {ord(c) for c in line.strip() if not c.isspace()}
    return cps


def hant_chars():
    """The Traditional characters that zh-Hant bulletins write for GB 2312 text: the output side of the
    embedded OpenCC dictionary, listed by tools/phrases/build_hant_dictionary.py."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "src", "Supervision.Reporting", "Rendering", "Pdf", "Bulletins",
                        "Content", "Hant", "hant-characters.txt")
    with open(path, encoding="utf-8") as f:
        return {ord(c) for c in f.read() if not c.isspace()}


def open_face(path, family_prefix):
    if path.endswith(".ttc"):
        coll = TTCollection(path, lazy=False)
        for font in coll.fonts:
            fam = font["name"].getDebugName(1) or ""
            if fam.startswith(family_prefix):
                return font
        raise SystemExit(f"no face '{family_prefix}' in {path}")
    return TTFont(path)


def subset(font, codepoints):
    opts = Options()
    opts.layout_features = []          # PDFsharp applies no OpenType layout; GSUB/GPOS are dead weight
    opts.hinting = False
    opts.notdef_outline = True
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    opts.name_languages = [0x409]
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF",
                         "gasp", "hdmx", "LTSH", "VDMX", "kern", "meta", "STAT"]
    opts.glyph_names = False
    opts.recalc_bounds = True
    s = Subsetter(opts)
    s.populate(unicodes=codepoints)
    s.subset(font)


def cff_to_glyf(font):
    """Replaces the CFF table by glyf/loca with quadratic outlines (cu2qu)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        # reverse_direction: CFF contours run counter-clockwise, TrueType clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, val in (("maxZones", 1), ("maxTwilightPoints", 0), ("maxStorage", 0),
                      ("maxFunctionDefs", 0), ("maxInstructionDefs", 0), ("maxStackElements", 0),
                      ("maxSizeOfInstructions", 0), ("maxComponentElements", 0),
                      ("maxPoints", 0), ("maxContours", 0), ("maxCompositePoints", 0),
                      ("maxCompositeContours", 0), ("maxComponentDepth", 0)):
        setattr(maxp, attr, val)
    post = font["post"]
    post.formatType = 3.0              # no glyph names: smaller, and nothing reads them
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, family, ps_name, attribution, style="Regular"):
    name = font["name"]
    copyright_ = name.getDebugName(0) or ""
    for rec in list(name.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=rec.nameID)
    name.setName(family, 1, 3, 1, 0x409)
    name.setName(style, 2, 3, 1, 0x409)
    name.setName(f"{family} {style}; {attribution}", 3, 3, 1, 0x409)
    name.setName(family if style == "Regular" else f"{family} {style}", 4, 3, 1, 0x409)
    name.setName(ps_name, 6, 3, 1, 0x409)
    name.setName(f"{copyright_} Modified (subset, TrueType outlines, renamed) from {attribution} "
                 "by the Supervision.Reporting contributors.", 0, 3, 1, 0x409)
    name.setName("This Font Software is licensed under the SIL Open Font License, Version 1.1.", 13, 3, 1, 0x409)
    name.setName("https://openfontlicense.org", 14, 3, 1, 0x409)
    # Drop Mac-platform records so that only the renamed Windows names remain.
    name.names = [r for r in name.names if r.platformID == 3]


def build(src, family_prefix, family, ps_name, out_path, attribution, codepoints, style="Regular"):
    font = open_face(src, family_prefix)
    if "CFF " in font:
        # Subset before converting: converting 65,000 glyphs would take minutes for nothing.
        subset(font, codepoints)
        cff_to_glyf(font)
    else:
        subset(font, codepoints)
    rename(font, family, ps_name, attribution, style)
    font.save(out_path)
    f2 = TTFont(out_path)
    covered = set(f2.getBestCmap())
    missing = sorted(codepoints & set(gb2312_chars()) - covered)
    missing_tgh = sorted(codepoints & tgh_chars() - covered)
    missing_hant = sorted(codepoints & hant_chars() - covered)
    print(f"{out_path}: {os.path.getsize(out_path):,} bytes, {len(f2.getGlyphOrder()):,} glyphs, "
          f"{len(covered):,} code points, GB2312 missing: {len(missing)}, 通用规范汉字表 missing: {len(missing_tgh)}, "
          f"zh-Hant missing: {len(missing_hant)}")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..",
        "src", "Supervision.Reporting", "Rendering", "Pdf", "Fonts", "Bundled")
    os.makedirs(out, exist_ok=True)
    tgh = tgh_chars()
    print(f"通用规范汉字表: {len(tgh)} characters")
    # zh-Hant bulletins convert the round's own text, so every face needs the Traditional forms of the
    # characters it covers, not only those of the library's own wording (extra-chars.txt).
    hant = hant_chars()
    print(f"Traditional forms of GB 2312 text: {len(hant)} characters")
    cps = gb2312_chars() | tgh | extra_chars() | hant
    build(NOTO_SERIF, "Noto Serif CJK SC", "Supervision Song", "SupervisionSong-Regular",
          os.path.join(out, "SupervisionSong-Regular.ttf"), "Noto Serif CJK SC", cps)
    build(NOTO_SANS, "Noto Sans CJK SC", "Supervision Hei", "SupervisionHei-Regular",
          os.path.join(out, "SupervisionHei-Regular.ttf"), "Noto Sans CJK SC", cps)
    # LXGW and 霞鹜 are Reserved Font Names: the subset must carry another name.
    # 楷体 sets only second-level headings, and WenKai's outlines are large: levels 1-2 of
    # 通用规范汉字表 keep it near 3.7 MB (all three levels: 4.4 MB); a level-3 character in a
    # heading falls back to Supervision Song for that character.
    kai_cps = gb2312_chars() | tgh_chars(6500) | extra_chars() | hant
    build(WENKAI, "LXGW WenKai", "Supervision Kai", "SupervisionKai-Regular",
          os.path.join(out, "SupervisionKai-Regular.ttf"), "LXGW WenKai", kai_cps)
    # The title (2号) face, standing in for 方正小标宋简体: Noto Serif's Bold. Titles are short and written
    # from the round's title and the library's wording, so level 1 of 通用规范汉字表 (3,500) beside GB 2312
    # suffices; a rarer character falls back to Supervision Song Regular for that character.
    bold_cps = gb2312_chars() | tgh_chars(3500) | extra_chars() | hant
    build(NOTO_SERIF_BOLD, "Noto Serif CJK SC", "Supervision Song", "SupervisionSong-Bold",
          os.path.join(out, "SupervisionSong-Bold.ttf"), "Noto Serif CJK SC Bold", bold_cps, style="Bold")


if __name__ == "__main__":
    main()
