# json with files: json.dump/json.load through a temp file, nested round trip, dumps of floats/ints/unicode and key ordering.
import json
import os
import tempfile
data = {"users": [{"id": i, "name": n, "score": s, "tags": t} for i, (n, s, t) in
                  enumerate([("Ann", 9.5, ["admin"]), ("Bøb", 7.25, []), ("Cy", 10, ["x", "y"])], 1)],
        "meta": {"version": 2, "ratio": 1 / 3, "ok": True, "none": None}}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    print(text)
    with open(path, encoding="utf-8") as f:
        loaded = json.load(f)
print(loaded == data, loaded["users"][1]["name"], loaded["meta"]["ratio"])
print(json.dumps(data["meta"], sort_keys=True), json.dumps([0.1, 1e-7, 1e21, 123456789012345678901234567890]))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent="\t"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1e2, -0, 0.5e-1, 1E+2]'))
print(json.dumps("tab\tnewline\nquote\"backslash\\ \u0001 é"))
