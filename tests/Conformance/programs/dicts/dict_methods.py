# dict methods: get, setdefault, pop, popitem, update, keys/values/items views, fromkeys, copy, clear, |.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "none"), d)
print(d.popitem(), d)
d.update({"e": 5, "a": 10})
d.update(f=6)
d.update([("g", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d["h"] = 8
print(ks, len(ks), "h" in ks)
print(dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
e = d.copy()
e["a"] = -1
print(d["a"], e["a"])
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
f = {"x": 1}
f |= {"y": 2}
print(f)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
del d["a"]
print(d)
d.clear()
print(d, bool(d))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", range(2))))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, list({2: 0, 1: 0}))
print(d.keys() == set(), {"a": 1}.keys() & {"a", "b"} == {"a"}, {"a": 1}.items() == {("a", 1)})
