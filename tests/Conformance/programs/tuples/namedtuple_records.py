# Tuples as records: sorting tuples, tuple keys in dicts, collections.namedtuple fields and _replace.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), len(p))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 120000), Employee("bo", "ops"), Employee("cy", "eng", 95000)]
for e in sorted(staff, key=lambda e: e.salary):
    print(e)
print(Employee._make(["di", "hr", 70000]))
grid = {}
for (r, c) in [(0, 0), (0, 1), (1, 1)]:
    grid[(r, c)] = r * 10 + c
print(grid, grid[(1, 1)], (0, 1) in grid)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(repr(Point(x=1.5, y=-2)), str(Point(0, 0)))
