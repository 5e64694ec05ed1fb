# json round trips: indent, sort_keys, separators, default= and object_hook, JSONDecodeError details.
import json
from dataclasses import dataclass, asdict

data = {
    "name": "Widget \u00e9\u4e2d",
    "tags": ["a", "b"],
    "price": 12.5,
    "count": 3,
    "active": True,
    "parent": None,
    "dims": {"w": 1.0, "h": 2e-7, "d": 1e21},
    "nested": [[1, 2], {"x": [True, False]}],
}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["name"], type(back["dims"]["d"]))
print(json.loads('[1, 2.0, "x", null, true, {"a": -0.5e3}]'))
print(json.dumps([1, "two", 3.0, None, (4, 5)]), json.dumps("quote\" back\\ nl\n tab\t"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
@dataclass
class Point:
    x: int
    y: int
def encode(o):
    if isinstance(o, Point):
        return {"__point__": True, **asdict(o)}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
def decode(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d
pts = [Point(1, 2), Point(-3, 4)]
js = json.dumps(pts, default=encode)
print(js)
print(json.loads(js, object_hook=decode))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**30))
print(json.loads("1e400"), json.loads("123456789012345678901234567890"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent="\t"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(' [ ] '), json.dumps({}), json.dumps([], indent=2))
