# namedtuples keep their repr inside containers and after sorting; X | None unions of generic aliases.
from collections import namedtuple
S = namedtuple("S", ["a", "b"])
p = [S(1, 2), S(0, 5)]
print(sorted(p, key=lambda s: s.b))
print(sorted(p))
q = list(p)
print(q, p[0])
q.sort(key=lambda s: s.a)
print(q)
x = tuple[int, ...] | None
print(x, int | None, list[int] | dict[str, int])
