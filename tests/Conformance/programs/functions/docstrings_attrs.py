# Function objects: __name__, __qualname__, __doc__, __defaults__, attributes set on functions, annotations.
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height
print(area.__name__, area.__qualname__, area.__doc__, area.__defaults__)
print(area.__annotations__)
area.unit = "m2"
print(area.unit, getattr(area, "missing", "none"))
class Shape:
    def perimeter(self):
        "Perimeter docs."
        return 0
    def outer(self):
        def inner():
            pass
        return inner
print(Shape.perimeter.__qualname__, Shape().outer().__qualname__, Shape.perimeter.__doc__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), area(3), area(3, 4.5))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
print(callable(area), len.__name__, print.__name__)
def typed(items: list[int], lookup: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(items)
print(typed([1, 2]), typed.__annotations__["return"])
