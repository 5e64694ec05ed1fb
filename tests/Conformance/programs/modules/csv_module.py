# csv: writer quoting/escaping rules, reader state machine (quotes, escapes, multi-line fields, strict errors), dialects, DictReader/DictWriter, Sniffer.
import csv, io
s = io.StringIO()
w = csv.writer(s, lineterminator="\n")
w.writerow(["a\rb", "c\nd", "e,f", 'g"h', " ", None, 1.5, True, ""])
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], ["x y", "z"]])
print(repr(s.getvalue()))
print(list(csv.reader(['a,"b""c",d', "", " x, y"], skipinitialspace=True)))
print(csv.get_dialect("excel").lineterminator.encode(), csv.list_dialects())
data = "name,age,city\nAnn,31,\"New York, NY\"\nBob,17,Paris\n"
for row in csv.DictReader(io.StringIO(data)):
    print(row)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "score"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"name": "ann", "score": 9.5})
dw.writerows([{"name": 'b"o', "score": 3}])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO('1,"2",x\n'), quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(io.StringIO('1,"2",3\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(io.StringIO("a\tb\tc\n"), dialect="excel-tab")), list(csv.reader(["a;b"], delimiter=";")))
print(list(csv.reader(['"multi\nline",x'])), list(csv.reader(['a\\,b,c'], escapechar="\\")))
r = csv.reader(['"abc"def,g', 'h'])
print(next(r), r.line_num, next(r), r.line_num)
for bad in [dict(delimiter="ab"), dict(quotechar=None), dict(delimiter=1)]:
    try:
        csv.reader([], **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(["a,b\rc"]))
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
s2 = io.StringIO()
csv.writer(s2, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
print(repr(s2.getvalue()))
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("semi", Semi)
s3 = io.StringIO()
csv.writer(s3, "semi").writerow(["it's", "x;y", 2])
print(repr(s3.getvalue()), list(csv.reader(["'a;b';c"], "semi")))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
