# Attribute dunders: __getattr__ fallback, __setattr__ interception, __delattr__, __getattribute__ logging, __dir__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print(f"  setattr {name}={value!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  delattr {name}")
        del self._fields[name]
    def __repr__(self):
        return f"Record({self._fields})"
r = Record(a=1, b="two")
print(r.a, r.b)
r.c = 3.0
setattr(r, "d", [4])
print(r, getattr(r, "d"), hasattr(r, "zzz"))
del r.a
print(r)
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
class Audited:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x + 1
a = Audited()
print(a.x, a.method())
class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
try:
    Frozen().y = 1
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args):
                print(f"  proxy call {name}{args}")
                return attr(*args)
            return wrapped
        return attr
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1))
