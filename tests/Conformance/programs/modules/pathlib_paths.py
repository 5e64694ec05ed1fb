# pathlib: pure path manipulation and file operations in a scratch directory.
import tempfile
from pathlib import Path, PurePosixPath, PurePath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts, p.anchor, list(p.parents)[:2])
print(p.with_suffix(".txt"), p.with_name("x.py"), p.relative_to("/usr"), p.is_absolute(), p.match("*.py"))
print(PurePath("a") / "b" / "c.tar.gz", PurePosixPath("a/b/../c").parts, PurePosixPath("x.tar.gz").suffixes)
print(repr(PurePosixPath("a/b")), str(PurePosixPath("a//b/./c")), PurePosixPath("a") == PurePosixPath("a/"))

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "data").mkdir()
    f = root / "data" / "notes.txt"
    f.write_text("line one\nline two\n")
    print(f.exists(), f.is_file(), f.is_dir(), f.read_text().splitlines(), f.stat().st_size)
    (root / "data" / "b.csv").write_bytes(b"1,2\n")
    print(sorted(x.name for x in (root / "data").iterdir()), sorted(x.name for x in root.glob("data/*.txt")))
    print(sorted(str(x.relative_to(root)) for x in root.rglob("*.csv")))
    g = f.rename(root / "data" / "renamed.txt")
    print(g.name, f.exists(), g.read_text().count("line"))
    with g.open() as fh:
        print(fh.readline().strip())
    g.unlink()
    print(sorted(x.name for x in (root / "data").iterdir()))
