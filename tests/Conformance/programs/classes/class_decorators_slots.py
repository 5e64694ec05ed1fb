# Class decorators, __slots__ (no __dict__, AttributeError), __init_subclass__ registries and __getattr__.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in cls.fields)
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    fields = ("x", "y")
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p)
class PluginBase:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
class Csv(PluginBase, name="csv-export"):
    pass
class Json(PluginBase):
    pass
print(PluginBase.plugins, Csv.plugin_name, Json.plugin_name)
class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")
obj = Lazy()
print(obj.real, obj.dyn_value)
try:
    obj.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(obj, "missing", "default"), hasattr(obj, "dyn_x"))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
