# Multi-module plugin registry: a package whose modules register classes via a decorator on import, with errors crossing modules.
import shapes
from shapes.registry import create, available
from shapes.errors import ShapeError
print(available())
for spec in [("circle", 1.5), ("square", 2), ("rect", 2, 3.5), ("triangle", 3), ("square", -1)]:
    try:
        s = create(*spec)
        print(f"{s!r:<24} area={s.area():8.3f} perimeter={s.perimeter():7.3f}")
    except ShapeError as e:
        print(f"ShapeError({type(e).__name__}): {e}")
print(shapes.total_area([create("square", 1), create("rect", 1, 2)]))
