# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, field(repr=False), asdict/astuple.
from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    def total(self):
        return self.price * self.quantity
a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a)
print(b, b.total())
print(a == Item("pen", 1.5), a == b, a is Item("pen", 1.5))
a.tags.append("blue")
print(a.tags, Item("x", 0).tags)
print(asdict(b))
print(astuple(b))
print([f.name for f in fields(Item)], fields(Item)[2].default, fields(Item)[4].default)
c = replace(b, quantity=5)
print(c, b.quantity)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)
    def add(self, item):
        self.items.append(item)
        return self
o = Order(7).add(a).add(b)
print(o)
print(asdict(o))
print(Order.__init__.__doc__ is None, Item.__eq__ is not object.__eq__)
