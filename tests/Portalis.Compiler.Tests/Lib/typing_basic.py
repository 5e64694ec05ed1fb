from typing import (Any, List, Dict, Set, Tuple, Optional, Union, Callable, Iterable, Iterator,
                    Generator, Sequence, Mapping, TypeVar, Generic, Protocol, NamedTuple, TypedDict,
                    Final, ClassVar, Literal, cast, overload, TYPE_CHECKING, get_type_hints,
                    get_origin, get_args, runtime_checkable, FrozenSet, Type, DefaultDict, Deque,
                    Counter, OrderedDict, AnyStr, NoReturn, Annotated, TypeAlias)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, K.__bound__, TypeVar('C', covariant=True), AnyStr)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(List, Any, Literal[1, 'a'], Final[int], ClassVar[int], Type[int], Iterable[int], Set[int], FrozenSet[int])
print(Optional[Union[int, str]], Union[int], Union[int, int], Dict, Sequence[str], Mapping[str, int], Iterator[int], Generator[int, None, None])
print(List[T], Dict[str, T][int], Annotated[int, 'meta'], NoReturn)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]) is Union, get_args(Optional[int]), get_origin(int), get_args(int))
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])
try:
    isinstance([], List[int])
except TypeError as e:
    print('TypeError:', e)
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), issubclass(list, Sequence), isinstance([], Iterable))
try:
    List[int]()
except TypeError as e:
    print('TypeError:', e)
print(TYPE_CHECKING, cast(int, '3'), cast('List[int]', [1]))

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int], Box[int](3).v, Box('s').get())

class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1
    def tag(self):
        return f'{self.name}@{self.dept}'
e = Employee('ann')
print(e, e.tag(), e._fields, e._field_defaults, Employee('bo', 'ops', 3), isinstance(e, tuple), e._replace(level=2))
print(Employee.__annotations__)
try:
    Employee()
except TypeError as err:
    print('TypeError:', err)
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2), Pt._fields)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print('TypeError:', err)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='x', year=1999)
print(m, type(m), m['year'], sorted(Movie.__required_keys__), Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(sorted(Partial.__optional_keys__), Partial(a=1))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...
class Res:
    def close(self):
        pass
print(isinstance(Res(), Closable), isinstance(3, Closable))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return 'hello'
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(En()))
try:
    Greeter()
except TypeError as err:
    print('TypeError:', err)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('a'))

class Cfg:
    name: str
    size: int = 3
    tags: List[str]
print(get_type_hints(Cfg))
def g(a: int, b: 'str') -> bool:
    return True
print(get_type_hints(g))
Vector: TypeAlias = List[float]
def scale(s: float, v: Vector) -> Vector:
    return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int])
print(typing.Optional[List[Dict[str, Tuple[int, ...]]]])
from typing import MutableMapping, Hashable, Sized, ByteString
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(iter([]), Iterator), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(get_origin(List), get_origin(Callable), get_origin(Tuple[int]), Dict[str, List], List[Callable[[], None]])
try:
    Dict[int]
except TypeError as err:
    print('TypeError:', err)
try:
    Callable[int]
except TypeError as err:
    print('TypeError:', err)
print(Deque([1, 2]), DefaultDict(int), Counter('aab'), issubclass(list, List), issubclass(dict, Mapping))
