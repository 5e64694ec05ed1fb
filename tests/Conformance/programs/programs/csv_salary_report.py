# CSV processing with csv module (reader, DictReader, writer) over io.StringIO, aggregating like a small SQL query.
import csv, io
from collections import defaultdict
raw = """id,name,dept,salary,start
1,Ann,eng,120000,2019-03-01
2,Bob,ops,85000,2020-07-15
3,"Cy, Jr.",eng,99000.50,2021-01-10
4,Dee,sales,70000,2018-11-30
5,Eve,eng,,2022-05-05
"""
rows = list(csv.DictReader(io.StringIO(raw)))
print(rows[2], len(rows))
by_dept = defaultdict(list)
for r in rows:
    if r["salary"]:
        by_dept[r["dept"]].append(float(r["salary"]))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["dept", "n", "avg", "max"])
for dept in sorted(by_dept, key=lambda d: -sum(by_dept[d]) / len(by_dept[d])):
    vals = by_dept[dept]
    w.writerow([dept, len(vals), f"{sum(vals) / len(vals):.2f}", max(vals)])
print(out.getvalue(), end="")
dw = csv.DictWriter(out2 := io.StringIO(), fieldnames=["name", "note"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
dw.writeheader()
dw.writerows([{"name": "A \"q\"", "note": "x,y"}, {"name": "B", "note": 3}])
print(out2.getvalue(), end="")
for row in csv.reader(io.StringIO("a;b;'c;d'\n1;;3\n"), delimiter=";", quotechar="'"):
    print(row)
missing = [r["name"] for r in rows if not r["salary"]]
print("missing salary:", missing, sorted(rows, key=lambda r: r["start"])[0]["name"])
