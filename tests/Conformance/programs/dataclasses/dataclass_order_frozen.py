# dataclass(order=True) comparisons and sorting, frozen=True immutability and hashing, __post_init__, field(compare=False).
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=True)
    nickname: str = field(default="", compare=False)
hand = [Card(10, "H"), Card(2, "S"), Card(10, "C", "ten"), Card(14, "D")]
print(sorted(hand))
print(Card(3, "H") < Card(3, "S"), Card(5, "H", "a") == Card(5, "H", "b"), max(hand))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1.0, 2.0)
print(p, p.moved(1, 1), p)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1.0, 2.0)), {p: "home"}[Point(1.0, 2.0)], len({p, Point(1.0, 2.0), Point(0)}))
@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("negative size")
        self.area = self.width * self.height
print(Rectangle(3, 4))
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Card(1, "S") < (1, "S")
except TypeError as e:
    print("TypeError:", e)
