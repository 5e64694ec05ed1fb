with (a, b) as c:
    pass
with (a):
    pass
with (a) as b, (c):
    pass
match(a, b)
match = {}
match a, *b:
    case [x, *_, y] if x > 0:
        pass
    case {1: _, "x": [y], **rest}:
        pass
    case str() | bytes():
        pass
    case A.B.C(x, y=z):
        pass
    case (a):
        pass
    case -1-2j | 1+2j:
        pass
    case [*_]:
        pass
x = 1if y else 2
print(*a, sep='')
f(a)(b)[c].d
not a in b
a < b == c
x = 0_0
y = Rb'x' + bR'y'
z = Fr'{x}\n' rF'{y}'
lambda *args, **kw: 0
def g():
    return *a, *b
    yield *a, b
del (a), [b]
x = [i for i in range(3) if i if not i]
x = {**a, **b}
x = a[b:c, d:e:f, ...]
x = (yield)
@property
def p(self): return self._p
class K(Base, *mixins, **opts): pass
for x, in y: pass
global_ = nonlocal_ = 1
print(f"{'nested' + f'{x}'}")
assert (a, b)
raise E() from None
