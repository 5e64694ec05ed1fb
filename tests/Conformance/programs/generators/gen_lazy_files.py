# Generators over a file written to a temp directory: lazy line reading, filtering, parsing CSV-ish rows and aggregating.
import os
import tempfile
def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")
def non_comment(lines):
    return (l for l in lines if l and not l.startswith("#"))
def parse(lines):
    header = None
    for line in lines:
        cells = [c.strip() for c in line.split(",")]
        if header is None:
            header = cells
            continue
        yield dict(zip(header, cells))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sales.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# exported data\nregion, product, units\nnorth, tea, 5\n\nsouth, tea, 3\n# mid comment\nnorth, coffee, 7\nsouth, coffee, 1\n")
    rows = parse(non_comment(read_lines(path)))
    print(type(rows).__name__)
    first = next(rows)
    print("first", first)
    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0) + int(row["units"])
    print(totals)
    print(sum(int(r["units"]) for r in parse(non_comment(read_lines(path)))))
    print(max(parse(non_comment(read_lines(path))), key=lambda r: int(r["units"])))
