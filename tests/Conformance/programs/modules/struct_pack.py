# struct: formats, byte orders, native alignment, Struct objects and CPython's error messages.
import struct

print(struct.calcsize("@bhbi"), struct.calcsize("@bhbiq0q"), struct.calcsize("<bhbi"), struct.calcsize("=l"), struct.calcsize("l"))
print(struct.pack("@bhbi", 1, 2, 3, 4))
print(struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -5, 2**64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -3, 4000000000, -5, 2**64 - 1))
print(struct.pack("!I", 1), struct.pack("=l", 1), struct.pack("< i  h", 1, 2))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -3, 4000000000, -5, 2**64 - 1)))
print(struct.pack("<fde", 0.1, 0.1, 1.5), struct.unpack("<fde", struct.pack("<fde", 0.1, 0.1, 1.5)))
print(struct.pack("<?c3s5p2x", [], b"z", b"abcdef", b"hi"), struct.unpack("<c?2s", b"a\x02xy"))
print(struct.unpack("<5p", b"\x09abcd"), struct.pack("<3p", b"abcdef"), struct.pack("3s", b"a"))
print(struct.pack("<2h3c", 1, 2, b"a", b"b", b"c"), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack(b"<i", 5), struct.pack("<d", 3), struct.pack("<i", True))


class Seven:
    def __index__(self):
        return 7


print(struct.pack("<i", Seven()), struct.pack("@f", 1e300), struct.pack(">e", float("inf")))

s = struct.Struct("<hh")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(b"\x01\x00\x02\x00" * 2)))
buf = bytearray(8)
s.pack_into(buf, 2, 3, 4)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=4), struct.unpack_from("<h", buf, -2))
print(struct.unpack("<h", memoryview(b"ab")), struct.unpack("<h", bytearray(b"ab")))
print(struct.error.__mro__)

cases = [
    ("@b", 200), ("<b", -200), ("@B", -1), ("@h", 40000), ("<h", 40000), (">h", 40000), ("@H", -1), (">H", -1),
    (">H", 70000), ("@i", 2**40), ("<I", 2**40), ("@I", -1), ("<l", 2**40), (">L", 2**40), ("@l", 2**40),
    ("@q", 2**64), (">q", 2**64), (">Q", -1), ("<Q", -1), ("@i", 2**70), ("<i", "x"), ("<i", 1.5),
    ("<f", "a"), ("<f", 1e300), ("<e", 1e10), ("<c", "a"), ("<c", b"ab"), ("<s", "ab"), ("<x", 1), ("zz", 1),
    ("3", 1), ("<n", 1), ("<P", 1),
]
for fmt, value in cases:
    try:
        print(fmt, struct.pack(fmt, value))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)

for call in (lambda: struct.unpack("<i", b"ab"), lambda: struct.pack("<i", 1, 2), lambda: struct.pack("<i"),
             lambda: struct.unpack_from("<i", b"abc", 1), lambda: struct.pack_into("<i", bytearray(3), 0, 1),
             lambda: list(struct.iter_unpack("<i", b"abcde")), lambda: s.pack_into(buf, -20, 1, 2),
             lambda: struct.unpack("<i", "abcd"), lambda: struct.calcsize(5)):
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
