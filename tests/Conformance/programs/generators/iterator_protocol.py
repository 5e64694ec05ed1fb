# Iterator protocol by hand: iter(), next(), classes with __iter__/__next__, iter(callable, sentinel).
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"))
class Range3:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        value = self.cur
        self.cur += self.step
        return value
r = Range3(0, 10, 3)
print(list(r), list(r))
class Deck:
    def __init__(self):
        self.cards = [f"{v}{s}" for s in "SH" for v in "AKQ"]
    def __iter__(self):
        yield from self.cards
    def __len__(self):
        return len(self.cards)
d = Deck()
print(list(d), len(d), list(reversed(list(d))), "KH" in d)
for a, b in zip(d, d):
    print(a, b, end=" | ")
print()
values = [5, 3, 0, 7]
pos = 0
def reader():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(reader, 0)))
s = iter("hey")
print(iter(s) is s, list(s))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
e = enumerate("ab")
print(next(e), next(e), next(e, None))
z = zip([1, 2, 3], "ab")
print(list(z))
m = map(str, [1, 2])
print(next(m), list(m))
