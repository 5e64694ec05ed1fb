# importlib.import_module / __import__ with literal names (absolute, dotted, relative with a literal package,
# through a `from importlib import import_module` alias) import the program's own modules.
import importlib, sys
from importlib import import_module as load
a = importlib.import_module("helper_a")
print(a.hello())
b = __import__("helper_b")
print(b.VALUE, b is sys.modules["helper_b"])
p = load("plugins.p1")
print(p.NAME, "plugins.p1" in sys.modules)
print(importlib.import_module(".mod", package="pk").X)
x = __import__("plugins.p1")
print(x.__name__, x.p1.NAME)
for name in ["fractions", "statistics"]:
    print(importlib.import_module(name).__name__ if name in sys.modules else f"{name} not imported yet")
try:
    importlib.import_module("no_such_mod")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
