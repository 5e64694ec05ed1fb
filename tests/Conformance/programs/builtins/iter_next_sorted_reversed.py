# iter/next with default, sorted (key, reverse, stability), reversed on sequences and custom __reversed__.
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, reverse=True))
print(sorted("Python"), sorted("Python", key=str.lower), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), "".join(reversed("stressed")))
print(list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), list(reversed(c)), sorted(c))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
def key_fn(w):
    return (-len(w), w.lower())
print(sorted(words, key=key_fn))
data = [5, 2, 8, 1]
s = sorted(data)
print(s, data, s is data)
r = reversed(data)
print(type(r).__name__, next(r), list(r))
