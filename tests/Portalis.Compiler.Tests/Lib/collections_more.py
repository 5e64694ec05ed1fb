from collections import namedtuple, OrderedDict, Counter, defaultdict, ChainMap
P = namedtuple('P', 'x y')
print(P.__module__, P.__name__, P.__qualname__, repr(P), P(1, 2) + (3,), P(1, 2)[::-1], P(*[5, 6]), P(**{'x': 1, 'y': 2}))
print(P.__new__.__doc__, P._make.__doc__ is None, P(1, 2).count(1), P(1, 2).index(2))
od = OrderedDict.fromkeys('abc')
print(od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.keys())))
od['a'] = 5
print(od, od.pop('b'), od, od.setdefault('z', 0), od, od.get('q'), len(od))
print(Counter(a=0) == Counter(), Counter('aab') == Counter('aba'), Counter('abcab').most_common(2), Counter({'a': 1, 'b': 1, 'c': 2}).most_common())
c = Counter()
c.update(['x', 'y', 'x'])
c.update(x=3)
print(c, c['x'], sum(c.values()), list(c), +c, c - Counter(x=10), c.copy(), Counter(c) == c)
print(Counter('aaabbc') <= Counter('aaabbbcc'), Counter('ab') | Counter('bc'), Counter('ab') & Counter('bc'))
dd = defaultdict(lambda: defaultdict(int))
dd['a']['b'] += 1
print(dict(dd['a']), isinstance(dd, dict), 'a' in dd, dd.get('zz'), 'zz' in dd, repr(defaultdict(int, {'k': 1})), repr(defaultdict(list)))
g = defaultdict(set)
g[1].add(2)
g[2]
print(g, sorted(g))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4
del cm['a']
print(cm, dict(cm), cm.maps, 'a' in cm, cm['a'], len(cm))
try:
    del cm['b']
except KeyError as e:
    print('KeyError:', e)
print(ChainMap().new_child({'q': 1}), ChainMap({1: 2}) | {3: 4})
