# unicodedata: properties, names and numeric values of characters across the planes, the four
# normalization forms (composition, reordering, Hangul, exclusions), lookup and the argument errors.
import unicodedata as u

samples = "aZ5 \t\u00e9\u00bd\u0301\u0323\u05d0\u0627\u0660\u0e50\u2160\u2460\u3000\u3042\uac00\u4e00\uf900\ufb01\uff21\u200b\u2028(\u00ab\U0001d400\U0001f600\U00020000\U0001b170\U00018b00\U00017026\U000e0001\U0010ffff\ud800"
for c in samples:
    print(f"U+{ord(c):04X} {u.category(c)} {u.bidirectional(c):>3} {u.combining(c):>3} {u.east_asian_width(c):>2} {u.mirrored(c)}"
          f" {u.decimal(c, '-')} {u.digit(c, '-')} {u.numeric(c, '-')} {u.name(c, '<no name>')} [{u.decomposition(c)}]")

texts = ["caf\u00e9", "cafe\u0301", "\ufb01ne", "\u1e9b\u0323", "A\u030a\u0301", "\uac00\u11a8", "\u1100\u1161\u11a8",
         "\u2126 \u212b \u00c5", "e\u0327\u0301", "\u0f73\u0f75", "x\u0308\u0301\u0323", "\U0001d400\u2460\u00bd", "plain ascii",
         "\u0958\u09dc", "\u1100\u1161\u0301\u11a8", "\u0301a", "\u00c5\u0301\u0316"]
for t in texts:
    print(ascii(t), [ascii(u.normalize(form, t)) + ("" if u.is_normalized(form, t) else "*") for form in ("NFC", "NFD", "NFKC", "NFKD")])

for name in ["latin small letter a", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00", "SNOWMAN", "nushu character-1b170",
             "CJK UNIFIED IDEOGRAPH-31350", "TANGUT IDEOGRAPH-17026", "NOPE"]:
    try:
        print(name, ascii(u.lookup(name)))
    except KeyError as exc:
        print(name, "KeyError", exc)
print(u.unidata_version)

for call in [lambda: u.name(1), lambda: u.name("ab"), lambda: u.category(""), lambda: u.name("\x00"), lambda: u.decimal("a"),
             lambda: u.digit("a"), lambda: u.numeric("a"), lambda: u.normalize("X", "a"), lambda: u.normalize("NFC", 1),
             lambda: u.lookup(1), lambda: u.is_normalized("NFC", 3), lambda: u.combining(None)]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as exc:
        print(type(exc).__name__, exc)
