# bytes and bytearray methods at their edges: ASCII-only case and whitespace rules, split/rsplit with
# maxsplit, splitlines, strip with given bytes, padding, translate, hex grouping, and the error messages.
data = b"  Hello,\tWorld \xe9\x0b\n"
print(data.split(), data.rsplit(maxsplit=1), data.split(maxsplit=1), data.strip(), data.lstrip(), data.rstrip())
print(data.upper(), data.lower(), data.swapcase(), data.title(), b"hELLO wORLD".capitalize())
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\nb\r\n".splitlines(keepends=True), b"".splitlines())
print(b"xxhixx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(bytearray(b"a")))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a::b::c".split(b"::", maxsplit=1))
print(b"abc".center(9, b"-"), b"abc".ljust(2), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4))
print(b"hello".find(b"l", 3), b"hello".rfind(b"l"), b"hello".find(108), b"hello".count(b"l", 0, 3), b"hello".index(b"o"))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo", 0, 5), b"hello".removeprefix(b"he"), b"hello".removesuffix(b"xx"))
print(b"IsTitle".istitle(), b"Is Title".istitle(), b"ABC1".isupper(), b"abc".islower(), b" \t".isspace(), b"".isalpha(), b"\xe9".isalpha(), b"\x7f".isascii())
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"aabbcc".translate(None, b"b"), b"hello".translate(table, b"lo"))
print(b"\x00\x01\xab\xcd\xef".hex("-", 2), b"\x00\x01\xab\xcd\xef".hex(":", -2), b"abc".hex(b" "), bytearray(b"\xff").hex())
print(bytes.fromhex("  0a 0B  ff "), bytearray.fromhex("dead"), type(bytearray.fromhex("")).__name__)
ba = bytearray(b"hello world")
print(ba.split(), ba.upper(), type(ba.upper()).__name__, ba.partition(b" "), ba.replace(b"o", b"0", 1))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join([b"x", b"y"]))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", 2 * bytearray(b"xy"))
print(b"%s and %b, %r %a %c%c %5.2f %x" % (b"bytes", bytearray(b"ba"), b"r", "é", 65, b"B", 3.14159, 255))
print(b"%(name)s=%(value)d" % {b"name": b"k", b"value": 7})
ba2 = bytearray(b"0123456789")
ba2[::2] = b"abcde"
print(ba2)
del ba2[::3]
print(ba2)
ba2[2:4] = [120, 121, 122]
print(ba2, ba2.count(b"x"), ba2.find(122))
ba2 *= 2
print(ba2, len(ba2))
ba2.clear()
print(ba2, ba2.copy(), bytearray(range(3)), bytearray(b"abc").pop(), bytearray("ñ", "utf-8"))
mv = memoryview(bytearray(b"abcdef"))
mv[0] = 65
print(mv.obj, mv[1:3].tobytes(), mv[::2].tolist(), mv.readonly, mv.nbytes, mv.format, mv.itemsize, mv == b"Abcdef")
print(b"caf\xc3\xa9".decode(errors="strict"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9 x".decode("ascii", errors="ignore"), b"\xff".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), "naïve €".encode("ascii", "replace"), "naïve €".encode("ascii", "xmlcharrefreplace"), "é".encode("utf-16"))
for thunk in [lambda: b"abc" + "d", lambda: b"abc".index(b"z"), lambda: b"a".center(3, "x"), lambda: bytearray(b"a").append(256),
              lambda: bytearray(b"a").append("x"), lambda: b"x".join([b"a", "b"]), lambda: bytes.fromhex("0g"), lambda: b"abc".startswith("a"),
              lambda: bytearray().pop(), lambda: bytearray(b"ab").remove(120), lambda: hash(bytearray()), lambda: b"%b" % 5,
              lambda: b"\xc3(".decode(), lambda: b"ab\x80".decode("ascii"), lambda: "x\u20ac".encode("latin-1"), lambda: memoryview(b"ab")[5],
              lambda: bytes(-1), lambda: bytes("x"), lambda: bytearray(b"x")[0:1].decode("nope"), lambda: b"abc"[float(1)], lambda: bytearray(b"abc")[5]]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
