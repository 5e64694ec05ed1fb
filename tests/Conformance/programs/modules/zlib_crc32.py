# zlib.crc32 and adler32 checksums of bytes, incremental crc32, and compress/decompress round trips (sizes not printed).
import zlib
for data in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]:
    print(data[:20], zlib.crc32(data), hex(zlib.crc32(data)), zlib.adler32(data))
crc = 0
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    crc = zlib.crc32(chunk, crc)
print(crc, crc == zlib.crc32(b"The quick brown fox jumps over the lazy dog"))
text = ("hello world " * 50).encode()
packed = zlib.compress(text)
print(len(text), len(packed) < len(text), zlib.decompress(packed) == text)
print(zlib.crc32("naïve".encode("utf-8")), zlib.crc32("naïve".encode("latin-1")))
def checksum_file_like(lines):
    c = 0
    for line in lines:
        c = zlib.crc32(line.encode(), c)
    return f"{c:08x}"
print(checksum_file_like(["line1\n", "line2\n"]), checksum_file_like(["line1\nline2\n"]))
