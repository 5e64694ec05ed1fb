# collections.Counter: counting, most_common (ties keep first-seen order), arithmetic, update/subtract, elements.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), len(wc), sum(wc.values()), wc.total())
wc.update(["cat", "cat", "dog"])
print(wc)
wc.subtract({"the": 5, "dog": 1})
print(wc)
print(+wc)
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(sorted(a.elements()), list(Counter({"x": 2, "y": 0, "z": -1}).elements()))
inv = Counter({"apple": 3, "pear": 0})
del inv["pear"]
inv["kiwi"] += 5
print(inv, dict(inv), "pear" in inv)
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0], Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0))
letters = Counter(c for c in "Mississippi River".lower() if c.isalpha())
for letter, n in letters.most_common():
    print(letter, "*" * n)
