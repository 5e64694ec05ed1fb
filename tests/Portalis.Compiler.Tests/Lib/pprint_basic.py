import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {'name': 'Portalis', 'tags': ['python', 'csharp', 'dotnet', 'translator', 'runtime'],
        'nested': {'a': list(range(30)), 'b': {'x': (1, 2, 3), 'y': 'a fairly long string value ' * 3}},
        'empty': {}, 'z': None, 1: 2.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=60, indent=2, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
print(pprint.pformat([1, 2, 3]), pprint.pformat(list(range(40)), width=30))
print(pprint.pformat((1, [2, (3, {4: 5})])))
print(pprint.saferepr({'b': 1, 'a': [2]}), pprint.isreadable([1, 'a']), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r))
pprint.pprint(OrderedDict((str(i) * 8, i) for i in range(8)))
dd = defaultdict(list, {k * 10: list(range(5)) for k in 'abcde'})
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog and keeps running'))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(ChainMap({'k' * 30: 1}, {'j' * 30: 2}))
pprint.pprint({frozenset({1, 2}), frozenset({3})})
pprint.pprint(set(range(30)))
pprint.pprint('a long string that will need to be wrapped across lines ' * 3, width=40)
pprint.pprint([b'bytes value ' * 8], width=40)

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    qty: int = 0

pprint.pprint([Item('widget', ['x' * 20, 'y' * 20, 'z' * 20], 3), Item('g')], width=50)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta='b' * 50), width=40)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({'k': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]})
print(pp.pformat(('t',)), pprint.pformat(12345678, underscore_numbers=True))
pprint.pp({'b': 2, 'a': 1})
pprint.pprint([[1, 2], {3: [4]}], depth=1)
pprint.pprint({'b': 1, 'a': 2, 3: 'c'})
from collections import UserString, UserList, UserDict
pprint.pprint([UserString('user string value ' * 4), UserList(range(25)), UserDict({'k' * 30: 'v' * 30, 'a': 1})], width=40)
