# callable() follows the class's __call__ (instances, subclasses, __call__ = None); NoneType(), NotImplementedType(), EllipsisType().
class A:
    def __init__(self, n): self.n = n
class B(A): pass
class C: pass
print(callable(A(1)), callable(B(1)), callable(C()), callable(object()))
class D:
    def __call__(self): return 1
class E(D): pass
class F(Exception): pass
class G(list): pass
class H(list):
    __call__ = None
print(callable(D()), callable(E()), callable(F()), callable(G()), callable(H()), callable(print), callable(D().__call__), callable(lambda: 0), callable(1))
print(type(None)(), type(NotImplemented)(), type(...)())
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(e)
    try:
        t(x=1)
    except TypeError as e:
        print(e)
