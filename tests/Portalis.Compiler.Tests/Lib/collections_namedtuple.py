from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p._fields, p._asdict())
print(p._replace(x=10))
print(Point._make([7, 8]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(type(p).__name__, Point.__doc__)
print(Point.__new__.__qualname__)
for args, kwargs in [((1, 2, 3), {}), ((1,), {}), ((), {}), ((1, 2), {'z': 1}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
Emp = namedtuple('Emp', 'name, age dept', defaults=['eng'])
print(Emp('bob', 30), Emp('al', 4, 'ops'), Emp._field_defaults)
try:
    Emp('x')
except TypeError as e:
    print(e)
try:
    Emp(1, 2, 3, 4)
except TypeError as e:
    print(e)
R = namedtuple('R', ['a', 'def', 'a', '_x'], rename=True)
print(R._fields)
for bad in [('P', ['x', 'x']), ('P', ['_x']), ('P', ['def']), ('1P', ['x'])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
print(Point.__match_args__)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
class P3(namedtuple('P3', 'x y z')):
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm(), P3(1, 2, 3))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.x.__doc__)
S = namedtuple('S', 'one')
print(S(1), S.__doc__)
