import types
from types import SimpleNamespace, MappingProxyType
ns = SimpleNamespace(a=1, b='x')
ns.c = [3]
print(ns, ns.a, ns == SimpleNamespace(a=1, b='x', c=[3]), ns == SimpleNamespace(a=2))
print(SimpleNamespace(), SimpleNamespace(z=2))
try:
    SimpleNamespace({"k": 1})
except TypeError as e:
    print("TypeError:", e)
del ns.a
print(ns, vars(ns))
class Sub(SimpleNamespace):
    pass
print(Sub(q=1))
mp = MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'b' in mp, mp.get('z', 0), dict(mp.items()))
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError:', e)
def f():
    pass
def gen():
    yield 1
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(C().m, types.MethodType), isinstance(gen(), types.GeneratorType), isinstance(types, types.ModuleType), isinstance(f, types.MethodType))
print(types.NoneType, type(None) is types.NoneType, types.EllipsisType is type(...))
D = types.new_class('D', (C,), exec_body=lambda ns: ns.update({'x': 5}))
print(D.__name__, D.x, issubclass(D, C))
