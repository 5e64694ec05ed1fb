# Multi-module mutual imports resolved by importing inside functions, plus `from module import *` with __all__.
import orders
from customers import *
print(sorted(n for n in dir() if not n.startswith("_")))
c = Customer("ann")
o = orders.Order(c, ["book", "pen"])
c.place(o)
print(c.describe())
print(o.describe())
print(public_helper(), "hidden_helper" in dir())
