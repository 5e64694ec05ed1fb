# random.Random as a class: subclasses overriding random/getrandbits/seed (the Python-level methods follow them),
# super().__init__, instance attributes, isinstance, and the constructor argument errors.
import random


class Loaded(random.Random):
    def random(self):
        return 0.25


class Bits(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label

    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1


class Reseeded(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)


r = Loaded(3)
print(r.random(), r.uniform(1, 3), r.randint(1, 10), r.choice("abcdef"), r.randrange(100), type(r).__name__)
print(isinstance(r, random.Random), random.Random, type(random.Random(1)), Loaded.__mro__[0])
b = Bits(7, "x")
print(b.label, b.randint(1, 1000), b.getrandbits(8), b.random())
p = random.Random(7)
print(p.randint(1, 1000), p.getrandbits(8))
s = Reseeded(11)
print(s.random(), random.Random(11).random())
s.seed(4)
print(s.random())
x = random.Random(5)
x.tag = "t"
print(x.tag, x.__dict__["tag"])
try:
    random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)
rng = random.Random(9)
print(rng.sample(range(100), 5), rng.gauss(0, 1), rng.shuffle([1, 2, 3]))
print(Loaded(1).sample(range(10), 3), Loaded(2).shuffle([1, 2, 3]), Loaded(1).choices("abc", k=3), Loaded(1).gauss(0, 1))
print(random.Random(x=1).random())
for call in [lambda: random.Random(y=1), lambda: random.Random(1, x=2), lambda: random.Random(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
