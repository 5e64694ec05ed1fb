# str methods on long strings, with and without characters outside the BMP (two UTF-16 units each):
# indexing, slicing, bounded startswith/endswith/find/count, strip with and without characters, case
# mapping of ASCII and non-ASCII text, predicates, and encoding to utf-8, ascii and latin-1.
plain = ",".join(f"{i:05d}-{i % 7}" for i in range(20000))
wide = ("a\U0001F600b" * 3000) + "xyz"
for s in (plain, wide):
    n = len(s)
    print(n, s[0], s[n // 2], s[-1], s[10:20], s[-7:], len(s[::3]), s[n // 3:n // 3 + 4])
    print(s.startswith(s[:5]), s.startswith(s[3:9], 3), s.startswith("zz"), s.endswith(s[-4:]),
          s.endswith(s[-6:-2], 0, n - 2), s.startswith(("q", s[:2])), s.startswith("", n + 5))
    print(s.find(s[n // 2:n // 2 + 5]), s.rfind(s[:3]), s.count(s[1:3]), s.find("a", n - 10, n), s.index(s[-3:]))
    hits = sum(1 for i in range(0, n, 7) if s[i] in "3\U0001F600")
    print(hits, sum(1 for i in range(0, n, 11) if s.startswith(s[i:i + 2], i)))
padded = "  \t" + plain[:50] + "\U0001F600 \n"
print(repr(padded.strip()), repr(padded.lstrip(" \t0")), repr(padded.rstrip("\n \U0001F600")), repr("xxhixx".strip("x")))
print(plain[:30].upper(), "Straße ÄÖÜ éà ǅ".upper(), "ΣΑΣ ÀÉ İ".lower(), plain.upper() == plain, len(wide.upper()))
print("123".isdigit(), plain.isdigit(), "٣٤".isdigit(), "abcΩ".isalpha(), " \t\n".isspace(), "½".isnumeric(), plain.isascii(), wide.isascii())
print(len(plain.encode()), len(wide.encode("utf-8")), plain[:12].encode("ascii"), "café".encode("latin-1"), "café".encode())
for text, codec in (("café", "ascii"), ("\U0001F600", "latin-1"), ("a\ud800b", "utf-8")):
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
