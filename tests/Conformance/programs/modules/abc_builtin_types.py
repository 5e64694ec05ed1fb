# collections.abc recognises the builtin iterator, generator and callable types.
from collections.abc import Iterator, Iterable, Generator, Sized, Callable, Hashable, Sequence, Mapping
def g(): yield 1
for o in (iter([]), iter(""), iter({}), map(str, []), filter(None, []), zip(), enumerate([]), reversed([1]), g(), (x for x in []), iter(range(3)), iter({1}), iter({}.items()), [], "", {}):
    print(type(o).__name__, isinstance(o, Iterator), isinstance(o, Iterable), isinstance(o, Generator), isinstance(o, Sized))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance(range(3), Sequence), isinstance({}, Mapping))
from collections.abc import Callable
class A:
    def m(self): pass
    def __call__(self): pass
print([isinstance(x, Callable) for x in (len, [].append, str.upper, A, A().m, A(), lambda: 0, print, int, 1, "s", A.m, staticmethod)])
print(type(map(str, [])), type(filter(None, [])), type(zip()), type(enumerate([])), type(iter(int, 1)))
