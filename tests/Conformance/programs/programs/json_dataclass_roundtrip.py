# JSON round trips with custom encoders, object hooks, sorting and indentation.
import json
from datetime import date, datetime
from dataclasses import dataclass, asdict, field
@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    added: date = date(2024, 1, 15)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d
items = [Item("pen", 1.5, ["office"]), Item("mug", 8.0, ["kitchen", "gift"], date(2023, 12, 1))]
text = json.dumps([asdict(i) for i in items], cls=Enc, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back[1]["added"], type(back[1]["added"]).__name__, [Item(**d) for d in back] == items)
print(json.dumps({"b": [1, 2.0, None, True], "a": "é\n\"q\"", "c": {"x": float("inf")}}, ensure_ascii=False))
print(json.dumps({"k": {1, 3, 2}}, cls=Enc), json.dumps([1, [2, [3]]], separators=(",", ":")), json.dumps("\u2603"))
try:
    json.dumps({"d": object()})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.0, "b": 1e400, "c": -0, "d": [1.5e-7]}'), json.loads("[1,2]", parse_int=str), json.loads('"\\ud83d\\ude00"'))
data = {"users": [{"id": i, "name": n, "score": s} for i, (n, s) in enumerate([("ann", 9.5), ("bob", 7.25), ("cy", 9.5)])]}
best = max(data["users"], key=lambda u: (u["score"], -u["id"]))
print(best, json.dumps(data, indent="\t")[:60].replace("\t", "<T>"))
