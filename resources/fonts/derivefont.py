#!/usr/bin/env python3
"""Derive Kansa's document font from an IPAex font.

In the IPAex fonts several code points share one glyph: the Kangxi radicals (U+2F00-) and CJK
radicals supplement (U+2E80-) share the glyphs of the kanji they look like (月 U+6708 and
⽉ U+2F49), and the CJK compatibility ideographs share those of their unified twins. A PDF
writer that builds its ToUnicode map from glyph to first code point (Qt's does) then writes 月
as ⽉, and searching the filed PDF for 月 fails. This script gives every code point that shares
a glyph its own copy of it, so the map from glyph back to text is one to one.

The IPAex fonts have no glyph for the invisible format characters (the word joiner U+2060 that
Kansa puts between the characters of a word to keep it on one line, the zero-width space and
joiners, the byte-order mark). A text engine then borrows them from a system font (DejaVu Sans on
Debian, another on Windows), whose taller line height changes the layout: the same document
broke its pages differently on each system. They get an empty glyph of no width here.

The IPA Font License Agreement v1.0 (section 3.1.1) requires a derived program not to use the
original's name, so the family is renamed. The licence text ships beside the font.

usage: derivefont.py SOURCE.ttf DEST.ttf "Family Name"
"""
import copy
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph

# Zero-width, invisible: ZERO WIDTH SPACE, ZWNJ, ZWJ, WORD JOINER, ZERO WIDTH NO-BREAK SPACE.
INVISIBLE = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)


def preferred(codepoints):
    """The code point that keeps the original glyph: a unified ideograph if there is one,
    else the lowest."""
    def rank(cp):
        unified = 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FFFF
        return (0 if unified else 1, cp)
    return min(codepoints, key=rank)


def derive(source, dest, family):
    font = TTFont(source)
    best = font.getBestCmap()
    by_glyph = {}
    for cp, glyph in best.items():
        by_glyph.setdefault(glyph, []).append(cp)

    glyf = font['glyf']
    hmtx = font['hmtx']
    vmtx = font['vmtx'] if 'vmtx' in font else None
    order = list(font.getGlyphOrder())
    remap = {}
    for glyph, cps in by_glyph.items():
        if len(cps) < 2:
            continue
        keep = preferred(cps)
        for cp in cps:
            if cp == keep:
                continue
            name = 'uni%04X.k' % cp if cp <= 0xFFFF else 'u%05X.k' % cp
            glyf[name] = copy.deepcopy(glyf[glyph])
            hmtx[name] = hmtx[glyph]
            if vmtx is not None:
                vmtx[name] = vmtx[glyph]
            order.append(name)
            remap[cp] = name
    invisible = {}
    for cp in INVISIBLE:
        if cp in best:
            continue
        name = 'uni%04X.k' % cp
        glyf[name] = Glyph()
        hmtx[name] = (0, 0)
        if vmtx is not None:
            vmtx[name] = (0, 0)
        order.append(name)
        invisible[cp] = name
    font.setGlyphOrder(order)
    font['maxp'].numGlyphs = len(order)
    for table in font['cmap'].tables:
        if not table.isUnicode():
            continue
        for cp, name in remap.items():
            if cp in table.cmap:
                table.cmap[cp] = name
        if table.format in (4, 12):
            table.cmap.update(invisible)
    # A 'post' table of format 2 would need names for the new glyphs; format 3 needs none.
    font['post'].formatType = 3.0

    names = font['name']
    postscript = family.replace(' ', '')
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (3, 4):
            record.string = family if record.nameID == 4 else 'Kansa: ' + family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID in (17,):
            record.string = 'Regular'
        elif record.nameID == 5:
            record.string = str(record.toUnicode()) + '; derived by Kansa'
    font.save(dest)
    print('%s: %d shared code points given their own glyphs, %d invisible ones an empty glyph'
          % (dest, len(remap), len(invisible)))


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    derive(sys.argv[1], sys.argv[2], sys.argv[3])
