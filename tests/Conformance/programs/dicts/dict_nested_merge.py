# Nested dictionaries: deep merge, safe get by path, flattening to dotted keys and back, and dict views as sets.
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
defaults = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "debug": False, "tags": ["a"]}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 5}}, "tags": ["b"], "name": "prod"}
merged = deep_merge(defaults, override)
print(merged)
print(defaults["db"]["port"], merged["db"]["opts"])
def get_path(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
print(get_path(merged, "db.opts.timeout"), get_path(merged, "db.user", "n/a"), get_path(merged, "tags.0", "no index"))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
flat = flatten(merged)
print(flat)
def unflatten(flat):
    root = {}
    for key, v in flat.items():
        node = root
        *parents, last = key.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[last] = v
    return root
print(unflatten(flat) == merged)
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() ^ b.keys()))
print({k: a[k] for k in a.keys() - b.keys()} == {"x": 1, "z": 3}, ("x", 1) in a.items(), 2 in a.values())
