# Unicode strings: len counts code points, ord/chr, escapes, encode/decode, and iteration.
s = "naïve café ☕ 𝄞"
print(s, len(s), [ord(c) for c in s])
print(s.encode("utf-8"), len(s.encode("utf-8")))
print(s.encode("utf-8").decode("utf-8") == s)
print(chr(65), chr(0x263A), chr(128512), ord("€"), hex(ord("𝄞")))
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "\t|", repr("\n\t\\'\""), repr('it\'s'))
print(repr("é☕\x00\x7f\u200b"), ascii("é☕"))
print(s[::-1], s[6:10], s.upper())
print(sorted("banana"), sorted(set("mississippi")))
print(min("hello"), max("hello"), "abc" < "abd", "Z" < "a", "é" > "z")
print("é".encode("latin-1"), b"caf\xc3\xa9".decode(), "x".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", errors="replace"), b"a\xffb".decode("utf-8", errors="replace"))
for ch in "Aa1 !é":
    print(repr(ch), ord(ch), ch.isalpha(), ch.isdigit())
print("".join(chr(ord(c) + 1) for c in "HAL"))
