# typing annotations are accepted and ignored at runtime: List, Dict, Optional, Union, Callable, Tuple, Any, aliases.
from typing import List, Dict, Optional, Union, Callable, Tuple, Any, Iterable, Iterator, Sequence
Number = Union[int, float]
Matrix = List[List[float]]
def mean(values: List[Number]) -> float:
    return sum(values) / len(values)
def find(items: Dict[str, int], key: str) -> Optional[int]:
    return items.get(key)
def apply(fn: Callable[[int, int], int], pairs: Iterable[Tuple[int, int]]) -> List[int]:
    return [fn(a, b) for a, b in pairs]
def transpose(m: Matrix) -> Matrix:
    return [list(r) for r in zip(*m)]
def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1
def first(seq: Sequence[Any], default: Any = None) -> Any:
    return seq[0] if seq else default
print(mean([1, 2, 3.5]), find({"a": 1}, "a"), find({}, "b"), apply(lambda a, b: a * b, [(2, 3), (4, 5)]))
print(transpose([[1.0, 2.0], [3.0, 4.0]]), list(countdown(3)), first([]), first("xyz"))
count: int = 0
names: List[str] = []
maybe: Optional[str]
print(count, names, "maybe" in globals(), list(__annotations__))
print(list(mean.__annotations__), mean.__annotations__["return"] is float)
class Inventory:
    items: Dict[str, int]
    owner: str = "nobody"
    def __init__(self) -> None:
        self.items = {}
    def add(self, name: str, qty: int = 1) -> "Inventory":
        self.items[name] = self.items.get(name, 0) + qty
        return self
inv = Inventory().add("bolt", 3).add("nut")
print(inv.items, Inventory.owner, list(Inventory.__annotations__))
def new_style(x: list[int] | None = None) -> dict[str, int]:
    return {str(i): i for i in (x or [])}
print(new_style([1, 2]), new_style())
