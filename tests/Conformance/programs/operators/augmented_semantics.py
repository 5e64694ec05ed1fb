# Augmented assignment semantics: list += mutates in place (aliases see it), tuple/str/int += rebinds, __iadd__ fallback.
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
s = "ab"
s_alias = s
s += "c"
print(s, s_alias)
n = 5
m = n
n += 1
print(n, m)
lst = [1]
lst += "xy"
print(lst)
try:
    lst = lst + "z"
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
acc = Acc(1)
orig = acc
acc += 5
print(acc.v, orig.v, acc is orig)
d = {"k": [1]}
d["k"] += [2]
print(d)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
x = [0, 0]
i = 0
x[i] += 10
print(x)
counts = {}
for ch in "abca":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
