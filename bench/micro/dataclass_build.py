# Dataclass construction with positional fields, then a method call per instance.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def dist(self):
        return abs(self.x) + abs(self.y)


total = 0
for _ in range(5):
    points = [Point(i, -i) for i in range(100000)]
    for p in points:
        total += p.dist()
print(total)
