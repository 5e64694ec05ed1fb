# Inventory management with dataclasses, sorting by complex keys, and grouping.
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
@dataclass(order=True)
class Product:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: float
    qty: int = 0
    def __post_init__(self):
        self.sort_index = (self.category, -self.price)
    @property
    def value(self):
        return self.price * self.qty
@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str
inv = [Product("hammer", "tools", 12.5, 10), Product("nails", "tools", 0.05, 5000), Product("apple", "food", 0.5, 200),
       Product("bread", "food", 2.25, 0), Product("saw", "tools", 25.0, 3), Product("milk", "food", 1.1, 40)]
print(sorted(inv)[0], max(inv, key=attrgetter("value")).name)
for cat, items in groupby(sorted(inv, key=lambda p: p.category), key=lambda p: p.category):
    items = list(items)
    print(f"{cat:6} n={len(items)} value={sum(p.value for p in items):9.2f} cheapest={min(items, key=lambda p: p.price).name}")
print([p.name for p in sorted(inv, key=lambda p: (p.qty == 0, -p.value, p.name))])
print(sorted(inv, key=lambda p: p.name, reverse=True)[0].name, [p.name for p in inv if p.qty and p.price > 1])
loc = Location(3, "B")
try:
    loc.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
print(loc, hash(loc) == hash(Location(3, "B")), {loc: "x"}[Location(3, "B")], Location(1, "A") < Location(2, "A") if hasattr(Location, "__lt__") and Location.__lt__ is not object.__lt__ else "unordered")
restock = {p.name: max(0, 50 - p.qty) for p in inv if p.qty < 50}
print(restock, sum(restock.values()))
print(Product("x", "y", 1.0) == Product("x", "y", 1.0), Product("x", "y", 1.0) < Product("x", "z", 0.5))
from dataclasses import fields, replace, astuple
print([f.name for f in fields(Product)], replace(inv[0], qty=1).qty, astuple(loc))
