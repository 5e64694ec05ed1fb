# bytes literals, indexing gives ints, slicing, repr escapes, methods, hex and fromhex.
b = b"Hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:5], list(b[:3]))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\r\\")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"))
print(b"abc".upper(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  hi  ".strip())
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"abc" < b"abd")
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("deadbeef"), b"\x01\x02".hex(":"), bytes.fromhex("00 ff"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), "ü".encode("utf-16-le"))
print(b"x".isalpha(), b"12".isdigit(), b"Ab".islower(), b"hello world".title(), b"abc".center(7, b"*"))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte), type(byte).__name__)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d" % (b"key", 42), b"%05.1f" % 3.14159)
print(bytes(b"copy") == b"copy", hash(b"") == hash(b""), b"abc".index(b"c"))
print(sorted(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"))
