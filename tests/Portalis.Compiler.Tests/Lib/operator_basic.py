import operator
from operator import itemgetter, attrgetter, methodcaller
data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0, 2)), itemgetter(1)(data[0]))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'
ps = [P('x', 3), P('y', 1)]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]), attrgetter('me.me.name')(ps[1]))
print(methodcaller('greet', 'hi')(ps[0]), methodcaller('greet', 'yo', punct='?')(ps[1]), methodcaller('upper')('abc'))
print(repr(itemgetter(1, 2)), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.pow(2, 10), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.index(5))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.getitem([5, 6], 1))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.iadd([1], [2]), operator.__add__(2, 2))
try:
    operator.index(2.5)
except TypeError as e:
    print('TypeError:', e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError:', e)
from functools import reduce
print(reduce(operator.mul, range(1, 7)), list(map(operator.mul, [1, 2], [3, 4])))
