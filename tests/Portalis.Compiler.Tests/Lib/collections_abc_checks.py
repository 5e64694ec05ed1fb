from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container, Set, MutableSequence
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
print(isinstance((1,), Sequence), isinstance('s', Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance(3, Hashable), isinstance([], Hashable))
print(isinstance([], Sized), isinstance(set(), Container), isinstance(frozenset(), Set))
print(issubclass(list, Iterable), issubclass(dict, Sized), issubclass(int, Sized))
class Gen:
    def __iter__(self):
        return iter([1, 2])
print(isinstance(Gen(), Iterable), isinstance(Gen(), Iterator))
class M(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = M({'a': 1, 'b': 2})
print(m['a'], m.get('z', 5), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(len(m.keys()), ('a', 1) in m.items(), 2 in m.values())
class MM(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
mm = MM()
mm.update({'x': 1}, y=2)
mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.popitem(), dict(mm))
try:
    class Bad(Mapping):
        pass
    Bad()
except TypeError as e:
    print(e)
class Seq(Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]
    def __len__(self):
        return 3
s = Seq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
from collections.abc import KeysView, ItemsView, ValuesView, Set as AbcSet
from collections import deque
d = {'a': 1}
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView), isinstance(d.keys(), AbcSet))
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence), isinstance((x for x in []), Iterator))
