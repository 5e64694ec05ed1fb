# JSONEncoder and JSONDecoder subclasses (cls=), raw_decode, dump with cls, and the native fast path.
import json, io
from datetime import date
class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        return json.JSONEncoder.default(self, o)
data = {"when": date(2024, 1, 2), "items": [1, 2.5, None, "ü"], "ok": True}
print(json.dumps(data, cls=DateEncoder))
print(json.dumps(data, cls=DateEncoder, indent=2, sort_keys=True, ensure_ascii=False))
print(DateEncoder(separators=(",", ":")).encode([date(2020, 5, 6), {"k": (1, 2)}]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
try:
    json.dumps({"x": object()}, cls=DateEncoder)
except TypeError as e:
    print("TypeError:", e)
class PointDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(object_hook=self.hook, *args, **kwargs)
    def hook(self, d):
        if set(d) == {"x", "y"}:
            return ("P", d["x"], d["y"])
        return d
print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(' [1, "two", 3.0e2] '))
try:
    dec.decode('{"a": 1} x')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
buf = io.StringIO()
json.dump({"b": [1, 2], "a": "x"}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO()
json.dump([date(2000, 1, 1)], buf, cls=DateEncoder)
print(buf.getvalue())
print(json.load(io.StringIO('{"n": [1, 2]}')), json.loads(b'{"b": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1.5}', parse_float=lambda s: "F" + s), json.loads("[NaN, Infinity]"), json.loads('{"z": 1, "a": 2}', object_pairs_hook=list))
class Ordered(json.JSONEncoder):
    def encode(self, o):
        return "<" + super().encode(o) + ">"
print(json.dumps([1], cls=Ordered), json.JSONDecodeError.__mro__[1].__name__, issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"a" 1}')
except ValueError as e:
    print(e)
