# Class attributes vs instance attributes across inheritance: shadowing, mutation through subclasses, and lookup order.
class Base:
    kind = "base"
    shared = []
    limit = 10
    def describe(self):
        return f"{type(self).__name__}: kind={self.kind} limit={self.limit}"
class Child(Base):
    kind = "child"
class GrandChild(Child):
    pass
b, c, g = Base(), Child(), GrandChild()
print(b.describe(), c.describe(), g.describe(), sep="\n")
Base.limit = 20
print(c.limit, g.limit)
Child.limit = 5
print(b.limit, c.limit, g.limit)
g.limit = 1
print(g.limit, GrandChild.limit, "limit" in vars(g), "limit" in vars(GrandChild), "limit" in vars(Child))
del Child.limit
print(c.limit, GrandChild.limit)
c.shared.append("from child")
print(Base.shared, g.shared is Base.shared)
c.shared = ["own list"]
print(c.shared, Base.shared)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
        Counter.created = getattr(Counter, "created", 0) + 1
x, y = Counter(), Counter()
print(x.total, y.total, Counter.total, Counter.created)
print(sorted(k for k in vars(Base) if not k.startswith("__")), sorted(vars(c)))
