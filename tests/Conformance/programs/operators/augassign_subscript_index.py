# x[i] op= v with a proven int index (unboxed index path) and with other keys: lists, dicts, subclasses
# with __getitem__/__setitem__, tuples, out-of-range indices and int overflow.
a = [1, 2.5, "s", [1]]
a[0] += 1; a[1] *= 2; a[2] += "t"; a[3] += [2]; a[-1] += [3]
d = {0: 1, True: 2}
d[0] += 5; d[True] -= 1
print(a, d)
class L(list):
    def __getitem__(self, i):
        print("get", i); return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i, v); super().__setitem__(i, v)
l = L([10, 20])
l[1] += 1
def f(xs, i):
    xs[i] += 1
    xs[i + 1] -= 0.5
    return xs
print(f([1, 2, 3], 1), f([1, 2.0, 3], 0), l)
try:
    a[10] += 1
except IndexError as e:
    print("IndexError", e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError", e)
big = [0]
big[0] += 2**70
print(big)
