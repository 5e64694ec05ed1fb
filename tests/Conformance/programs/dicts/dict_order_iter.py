# dict insertion order, reassigning keeps position, delete-and-reinsert moves to end, iteration patterns.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get))
for k in list(d):
    if d[k] > 3:
        del d[k]
print(d)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
keys = {1: "one", 1.0: "float one", True: "true"}
print(keys)
nested = {"user": {"name": "kim", "tags": ["a", "b"]}, "count": 2}
print(nested["user"]["tags"][1], nested.get("user", {}).get("age", "n/a"))
