# seek/tell on text files (byte-offset cookies with multibyte UTF-8 and \r\n, tell disabled while iterating, append and w+ modes) and binary files.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("héllo\nwörld €\r\nlast")
    print(f.tell(), f.seekable())
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()), f.tell())
    f.seek(pos)
    print(repr(f.read(2)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError:", e)
        break
    try:
        f.seek(3, 1)
    except Exception as e:
        print(isinstance(e, OSError), e)
with open(p, "a", encoding="utf-8") as f:
    print(f.tell())
    f.write("!")
    print(f.tell())
with open(p, "w+", encoding="utf-8") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write("X")
    f.seek(0)
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(1, 0), f.read(1))
os.remove(p)
os.rmdir(d)
