from collections import UserString, UserDict, UserList
s = UserString('Hello')
print(s, repr(s), s.upper(), s + ' world', s * 2, s[1:3], len(s), 'ell' in s, s.find('l'), s == 'Hello', s < 'World')
print(s.replace('l', 'L'), s.split('e'), s.center(11, '*'), s.startswith('He'), '%s!' % s, s.join(['a', 'b']), type(s[0]).__name__)
class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'
print(Shout('hey'), Shout('a') + 'b', type(Shout('a') + 'b').__name__)
d = UserDict(a=1)
d['b'] = 2
print(d, len(d), d.get('z', 0), list(d.items()), d.pop('a'), d, 'b' in d, d.copy())
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
lo = Lower({'AB': 1})
lo['CD'] = 2
print(lo, lo.data)
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], len(l), l + [9], l * 2, 2 in l, l.pop(), l.index(2), l.count(1), list(reversed(l)))
