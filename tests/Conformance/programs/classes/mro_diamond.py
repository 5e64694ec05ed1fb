# Multiple inheritance with CPython's C3 MRO: diamonds, __mro__, mro(), cooperative super() chains.
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([c.__name__ for c in Child.__mro__])
print(Child.mro() == list(Child.__mro__), Child.__mro__)
class A: pass
class B: pass
class C: pass
class D(A, B): pass
class E(B, C): pass
class F(D, E): pass
print([k.__name__ for k in F.mro()])
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
class X:
    def who(self):
        return "X"
class Y:
    def who(self):
        return "Y"
class XY(X, Y): pass
class YX(Y, X): pass
print(XY().who(), YX().who())
class Plugin:
    def __init__(self, **kwargs):
        print("  Plugin init, leftover:", kwargs)
class Logging(Plugin):
    def __init__(self, level="info", **kwargs):
        print("  Logging init", level)
        super().__init__(**kwargs)
class Caching(Plugin):
    def __init__(self, size=10, **kwargs):
        print("  Caching init", size)
        super().__init__(**kwargs)
class Service(Logging, Caching):
    def __init__(self, name, **kwargs):
        print("  Service init", name)
        super().__init__(**kwargs)
Service("api", level="debug", size=99)
print([c.__name__ for c in Service.__mro__])
print(super(Left, Child()).hello())
