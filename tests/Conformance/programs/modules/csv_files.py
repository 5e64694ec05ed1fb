# csv with files opened newline='': a quoted multi-line field round-trips.
import csv, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "people.csv")
with open(p, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "note"])
    w.writerow(["ann", "line1\nline2"])
with open(p, "rb") as f:
    print(f.read())
with open(p, newline="") as f:
    print(list(csv.reader(f)))
with open(p, newline="", encoding="utf-8") as f:
    print([r["note"] for r in csv.DictReader(f)])
with open(p) as f:
    print(repr(f.read()))
os.remove(p); os.rmdir(d)
