# Text file I/O with open(): write, append, read, readline(s), iteration, seek/tell, encoding, in a temp directory.
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        f.writelines(["third\n", "fourth – ünïcode\n"])
    print("wrote", n, "chars first; exists:", os.path.exists(path), os.path.basename(path))
    with open(path, encoding="utf-8") as f:
        print(repr(f.read()))
    with open(path, "a", encoding="utf-8") as f:
        print("appended via print", file=f)
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline()))
        rest = f.readlines()
        print(rest)
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(path, encoding="utf-8") as f:
        f.seek(6)
        print(repr(f.read(4)), f.tell())
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:12], data.count(b"\n"))
    csv_path = os.path.join(tmp, "data.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        for row in [("name", "score"), ("ann", 90), ("bob", 72)]:
            f.write(",".join(map(str, row)) + "\n")
    with open(csv_path, encoding="utf-8") as f:
        header, *rows = [line.strip().split(",") for line in f]
    print(header, rows, sum(int(r[1]) for r in rows))
    print(sorted(os.listdir(tmp)))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    f = open(path, encoding="utf-8")
    print(f.closed, f.readline().strip())
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
print("temp dir removed:", not os.path.exists(tmp))
