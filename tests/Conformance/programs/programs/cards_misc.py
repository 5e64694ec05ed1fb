# A card deck with namedtuple and random.Random, bisect grading, copy/deepcopy, defaultdict, slicing and builtins.
import bisect, copy, random, string, sys, os
from collections import namedtuple, defaultdict
import itertools

Card = namedtuple("Card", ["rank", "suit"])
RANKS = [str(n) for n in range(2, 11)] + list("JQKA")
SUITS = "spades diamonds clubs hearts".split()
deck = [Card(r, s) for s in SUITS for r in RANKS]
print(len(deck), deck[0], deck[-1], deck[12]._asdict(), Card._fields)
rng = random.Random(42)
hand = rng.sample(deck, 5)
print(hand)
rng.shuffle(deck)
print(deck[:3], rng.randint(1, 100), rng.random(), rng.choice("abc"), rng.uniform(1, 2), rng.randrange(0, 100, 5))
print(rng.choices(range(10), k=5), rng.gauss(0, 1))
random.seed(7)
print(random.random(), random.randint(0, 10), random.choice([1, 2, 3]))
def spades_high(card):
    rank_value = RANKS.index(card.rank)
    return rank_value * len(SUITS) + SUITS.index(card.suit)
print(sorted(hand, key=spades_high))
grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
def grade(score):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sl = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(sl, x)
print(sl, bisect.bisect_left(sl, 1), bisect.bisect_right(sl, 1), bisect.bisect_left(sl, 10))
nested = {"a": [1, [2, 3]], "b": {"c": 4}}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][1].append(99)
print(shallow["a"], deep["a"], shallow is nested, shallow["b"] is nested["b"], deep["b"] is nested["b"])
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), P._make([3, 4]), p.x, p[1], tuple(p), p == (1, 0), isinstance(p, tuple))
x, y = p
print(x, y, P.__name__, repr(P(y=2, x=1)))
dd = defaultdict(int)
for ch in "mississippi":
    dd[ch] += 1
print(dict(dd), dd["zz"], sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t)
print(sys.argv[0].endswith("cards_misc.py"), sys.maxsize, sys.version_info[:2] >= (3, 8))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("file.tar.gz"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(string.ascii_letters[:5], string.digits, string.hexdigits, string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)], list(itertools.chain(*m)), sum(m, []))
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted("hello"), list(reversed("abc")))
print(min([], default=None), max("abc", key=ord), min(3, 1, 2), max([(1, "b"), (1, "a")]), sum([1.5, 2.5], 10))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), list(enumerate("ab", start=1)))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a", None])), list(zip("ab", [1, 2, 3])), divmod(17, 5))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words}, {len(w) for w in words})
matrix = [[i * j for j in range(4)] for i in range(4)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
s = "Hello, World"
print(s[::-1], s[7:], s[-5:-1], s[::2], s[100:], s.lower().count("l"), s.replace("l", "L", 2), s.startswith(("He", "x")))
lst = list(range(10))
lst[2:5] = ["a", "b"]
del lst[::3]
print(lst, lst[::-2], lst.index("b") if "b" in lst else -1)
a = [1, 2, 3]
b = a
b += [4]
c = a[:]
c.append(5)
print(a, b, c, a is b, a == c[:4])
print(id(a) == id(b), hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"), type(hash(1.5)).__name__)
