from collections import OrderedDict, defaultdict, ChainMap, deque
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('xyz', 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(isinstance(od, dict), od.copy(), od | {'z': 9})

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], 'c' in dd, dd['c'], dict(dd))
ci = defaultdict(int)
for ch in 'mississippi':
    ci[ch] += 1
print(ci, sorted(ci.items()))
n = defaultdict()
print(n)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print(e)
print(defaultdict(lambda: 'x', a=1).default_factory(), dd.copy())
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], len(t))

base = {'a': 1, 'b': 2}
over = {'b': 20}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.get('q', 0))
child = cm.new_child()
child['a'] = 100
print(child['a'], cm['a'], child.maps[0], list(child.parents.maps))
print(ChainMap({'x': 1}, {'y': 2}))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq)
