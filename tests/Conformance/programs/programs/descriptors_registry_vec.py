# Descriptors, __getattr__, __init_subclass__, properties with setters, class registries and operator dunders.
class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.name[1:]} must be {self.typ.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls
class Csv(Registry, key="csv"):
    pass
class Json(Registry):
    pass
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)
class Temp:
    celsius = Typed(float)
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
t = Temp(20.0)
t.fahrenheit = 212.0
print(t.celsius, t.fahrenheit, Temp.celsius.name, type(Temp.fahrenheit).__name__)
del t.fahrenheit
try:
    t.celsius = 5
except TypeError as e:
    print("TypeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort(); p.append(4)
print(p._target, p.calls, hasattr(p, "nope"), p.calls[-1])
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
v = Vec(3, 4)
w = v
w += Vec(1, 1)
print(v, 2 * v, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), list(v), {Vec(1, 2), Vec(1, 2)}, v == w, v is w, Vec(1, 2) != Vec(1, 2))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(v, "x"), setattr(v, "x", 9) or v, vars(t) if hasattr(t, "__dict__") else None, type(v).__name__, Vec.__slots__)
