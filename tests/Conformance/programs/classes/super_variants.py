# super() forms: zero-argument, super(Class, self), calling overridden classmethods/properties via super, and in __init__ chains.
class A:
    def __init__(self):
        print("  A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
    @classmethod
    def create(cls):
        return f"A.create for {cls.__name__}"
    @property
    def label(self):
        return "label-A"
class B(A):
    def __init__(self):
        print("  B.__init__ start")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()
    @classmethod
    def create(cls):
        return "B wraps " + super().create()
    @property
    def label(self):
        return super().label + "+B"
class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super(C, self).who()
    def skip(self):
        return super(B, self).who()
c = C()
print(c.trail, c.who(), c.skip(), C.create(), c.label)
class Base:
    def greet(self, name):
        return f"hello {name}"
class Polite(Base):
    def greet(self, name, title="Dr."):
        return super().greet(f"{title} {name}")
print(Polite().greet("Who"), Polite().greet("Smith", title="Ms."))
class ListWithLog(list):
    def append(self, item):
        print("  appending", item)
        super().append(item)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
l = ListWithLog([1, 2])
l.append(3)
print(l, l[0], len(l), isinstance(l, list))
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, u + "!", len(u))
