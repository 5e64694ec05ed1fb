# typing generics: TypeVar, Generic classes, Protocol-free duck typing, NamedTuple and TypedDict classes at runtime.
from typing import TypeVar, Generic, List, Optional, NamedTuple, TypedDict, Callable
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None
    def __len__(self) -> int:
        return len(self._items)
s: Stack[int] = Stack()
for i in range(3):
    s.push(i * 10)
print(s.pop(), s.peek(), len(s))
names = Stack[str]()
names.push("a")
print(names.peek(), type(names).__name__)
class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value
    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"
print(Pair("x", 1), Pair(1, [2]))
def first_match(items: List[T], pred: Callable[[T], bool]) -> Optional[T]:
    for it in items:
        if pred(it):
            return it
    return None
print(first_match([1, 5, 8], lambda n: n > 4), first_match(["a"], lambda s: s == "b"))
class Employee(NamedTuple):
    name: str
    id: int = 0
e = Employee("ann", 3)
print(e, e.name, Employee("bob"), e._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, m["year"])
print(T.__name__, isinstance(s, Stack), Stack.__name__)
