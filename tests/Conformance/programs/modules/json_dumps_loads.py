# json: dumps with indent/sort_keys/separators, loads of all value types, round trips, and error messages.
import json
data = {"name": "Ann", "age": 31, "scores": [9.5, 8, 10], "active": True, "spouse": None, "tags": ("a", "b"),
        "nested": {"z": 1, "a": [{}, []]}, "ratio": 0.1, "big": 10 ** 20, "unicode": "naïve ☕"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data["nested"], separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps("é"))
print(json.dumps([1.0, 1e16, -0.0, 1.5e-7, float("inf")]), json.dumps({1: "int key", True: "bool key"}))
text = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": -3e2}, "d": "line\\nbreak \\u00e9"}'
obj = json.loads(text)
print(obj, type(obj["b"]["c"]).__name__, obj["d"])
print(json.loads("[]"), json.loads('"s"'), json.loads("12"), json.loads(" 1.0 "), json.loads("null"))
round_trip = json.loads(json.dumps(data))
print(round_trip == data, round_trip["tags"], round_trip == {**data, "tags": ["a", "b"]})
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nan?"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"when": object.__name__}, indent=4))
print(json.dumps([[1, 2], {"k": []}], indent=1))
print(json.dumps(data["scores"], indent=None), json.dumps({}, indent=2), json.dumps([], indent=2))
