# Unicode character names both ways: stored names (case-insensitive) and computed ones (exact spelling only).
import unicodedata
import zlib

acc = 0
count = 0
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    count += 1
    acc = zlib.crc32(("%x=%s;" % (cp, n)).encode(), acc)
    if count % 37 == 0:
        for v in (n, n.lower(), n.title()):
            try:
                r = ord(unicodedata.lookup(v))
            except KeyError:
                r = -1
            acc = zlib.crc32(("%s>%d;" % (v, r)).encode(), acc)
print(count, acc)

for n in ["TANGUT IDEOGRAPH-17000", "CJK UNIFIED IDEOGRAPH-2EBE1", "CJK UNIFIED IDEOGRAPH-04E00",
          "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00", "HANGUL SYLLABLE GGAG", "hangul syllable ga",
          "HANGUL SYLLABLE ", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GAX", "CJK COMPATIBILITY IDEOGRAPH-FA6E",
          "cjk compatibility ideograph-f900", "nushu character-1b170", "KHITAN SMALL SCRIPT CHARACTER-18CD5",
          "LATIN SMALL LETTER A ", "latin small letter sharp s"]:
    try:
        print(n, hex(ord(unicodedata.lookup(n))))
    except KeyError as e:
        print(n, "KeyError", e)

for cp in [0xAC00, 0xD7A3, 0x4DBF, 0x9FFF, 0x2EBE0, 0x2EBE1, 0x3134A, 0x17000, 0xF900, 0x18B00, 0x1B2FB]:
    print(hex(cp), unicodedata.name(chr(cp), "-"))

print("\N{HANGUL SYLLABLE GGAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{cjk compatibility ideograph-f900}\N{latin small letter a}")
