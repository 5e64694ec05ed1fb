# str.format: positional, numbered, keyword, attribute and index fields, conversions and nested specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["first", "second"]), "{d[key]}".format(d={"key": "v"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p))
print("{!r} {!s} {!a}".format("hi", "hi", "ñ"))
print("{:>{w}}|{:^{w}}|".format("r", "c", w=7), "{:{fill}{align}{width}}".format("x", fill="-", align="^", width=9))
print("{:,.2f} {:08.3f} {:+} {:x}".format(1234567.891, 3.14159, 5, 3054))
print("{{}} {}".format("braces"), "{0}{0}{0}".format("ab"))
table = [("Name", "Qty", "Price"), ("pen", 10, 1.5), ("notebook", 2, 12.25)]
print("{:<10}{:>5}{:>8}".format(*table[0]))
for name, qty, price in table[1:]:
    print("{:<10}{:>5d}{:>8.2f}".format(name, qty, price))
data = {"user": "sam", "n": 3}
print("{user} has {n} messages".format(**data))
try:
    "{} {}".format("one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{:%Y}".format(type("T", (), {"__format__": lambda self, s: "fmt:" + s})()))
