# Text codecs: BOM handling of utf-16/32 and utf-8-sig, the escape codecs, error handlers, and the codecs
# module's lookup, encode/decode (with bytes-to-bytes and rot13 codecs) and incremental decoding.
import codecs
import importlib

for enc in ["utf-8", "utf8", "UTF-8", "ascii", "latin-1", "latin1", "iso-8859-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "utf-8-sig", "cp437"]:
    try:
        b = "héllo".encode(enc)
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"))
print("x".encode("ascii", "strict"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"\xffa".decode("utf-8", "backslashreplace"))
print('a\té\u20ac\U0001f600\\'.encode('unicode-escape'), 'a\té\u20ac\U0001f600\\'.encode('raw-unicode-escape'))
print(b'a\\t\\xe9\\u20ac\\n\\\\\\101'.decode('unicode-escape'), b'\\u20ac\\\\u20ac\\x41\xe9'.decode('raw-unicode-escape'))
try:
    b"\\u12".decode("unicode-escape")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.decode(codecs.encode(b"zz", "zlib"), "zlib"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.getencoder("ascii")("abc"), codecs.getdecoder("utf-8")(b"\xc3\xa9"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.encode("é"), codecs.decode(b"\xc3\xa9"))
decoder = codecs.getincrementaldecoder("utf-8")()
print([decoder.decode(piece) for piece in (b"a\xc3", b"\xa9b", b"\xe2\x82", b"\xac")], decoder.decode(b"", final=True))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), b"".join(codecs.iterencode(["a", "é"], "utf-8")))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(importlib.import_module("codecs") is codecs, __import__("collections.abc", fromlist=["x"]).__name__, __import__("os.path").__name__)
print(float(b" 2.5 "), int(b"42"), float(bytearray(b"1e3")))
