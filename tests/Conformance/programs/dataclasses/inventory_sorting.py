# An inventory of dataclasses: order=True, field(init=False), frozen, asdict/astuple/replace, attrgetter sorting.
from dataclasses import dataclass, field, asdict, replace, astuple
from typing import List, Optional
import operator

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty
    @property
    def value(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    location: Optional[Location] = None
    def add(self, item):
        self.items.append(item)
    def total(self):
        return sum(i.value for i in self.items)
    def by_tag(self, tag):
        return [i.name for i in self.items if tag in i.tags]

inv = Inventory(location=Location(3))
inv.add(Item("widget", 2.5, 10, ["small", "metal"]))
inv.add(Item("gadget", 12.0, 3, ["metal"]))
inv.add(Item("doohickey", 0.75, 100))
inv.add(Item("gizmo", 99.99, 1, ["large"]))
print(inv.location)
for it in sorted(inv.items):
    print(it)
print(sorted(inv.items, key=operator.attrgetter("name")))
print([i.name for i in sorted(inv.items, key=lambda i: (-i.qty, i.name))])
print(round(inv.total(), 2))
print(inv.by_tag("metal"))
print(asdict(inv.items[0]))
print(astuple(inv.location))
loc2 = replace(inv.location, shelf="C")
print(loc2, loc2 == Location(3, "C"), hash(loc2) == hash(Location(3, "C")))
try:
    loc2.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) < Item("b", 2.0, 1))
print(max(inv.items, key=operator.attrgetter("value")).name)
names = list(map(operator.itemgetter(0), [("x", 1), ("y", 2)]))
print(names)
groups = {}
for it in inv.items:
    groups.setdefault(len(it.tags), []).append(it.name)
print(groups)
print(f"{'name':<10}{'price':>8}{'qty':>5}")
for it in inv.items:
    print(f"{it.name:<10}{it.price:>8.2f}{it.qty:>5d}")
print(repr(inv)[:60])
