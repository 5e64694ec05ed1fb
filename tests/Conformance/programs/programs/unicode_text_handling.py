# Unicode, bytes and encodings in everyday text handling.
s = "naïve café – Ünïcödé ✓ 日本語 🎉"
print(len(s), s.upper(), s.casefold(), s.encode("utf-8")[:20], len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", "xmlcharrefreplace")[:40], s.encode("latin-1", "backslashreplace")[:40])
b = "héllo".encode("latin-1")
print(b, b.decode("latin-1"), b.decode("utf-8", errors="replace"), repr(b.decode("utf-8", "backslashreplace")))
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print([c for c in "a1 B_?" if c.isalnum()], "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "ǅ".istitle(), "straße".upper(), "ﬁ".upper())
print(ord("€"), chr(0x1F600), hex(ord("日")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", ascii("é✓"), repr("tab\there\x00"))
print(sorted(["b", "A", "ä", "a", "Z"]), sorted(["b", "A", "ä", "a", "Z"], key=str.casefold), max("héllo"), "abc" < "abd" < "abda")
data = bytes(range(250, 256)) + b"\x00\x7f"
print(data, data.hex(), data.hex(":"), bytes.fromhex("de ad be ef"), bytearray(b"abc").upper(), list(b"hi"), b"a,b".split(b","))
print(f"{'日本':>6}|{'ab':^6}|", "%5s|" % "日", "x".center(5, "é"), "é".ljust(3, "-"), str(b"x", "ascii"), "%c%c" % (65, "é"))
