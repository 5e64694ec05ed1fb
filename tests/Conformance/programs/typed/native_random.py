# Locals bound only by random.Random(...) are typed with the native class; their method calls are direct,
# with float/int/bool results unboxed (docs/EMISSION.md, "Typed path"). Results must be CPython's exactly.
import random
from random import Random


def estimate(seed, n):
    rng = random.Random(seed)
    hits = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            hits += 1
    return hits


def draws(seed):
    rng = Random(seed)
    small = rng.getrandbits(5)
    big = rng.getrandbits(100)
    flag = rng.getrandbits(True)
    ints = []
    for _ in range(3):
        ints.append(rng.randint(1, 6))
    picks = rng.randint(-10, 10) + rng.randrange(100)
    g = rng.gauss(0, 1) + rng.gauss(2.5, 0.5)
    v = rng.expovariate(2) * rng.uniform(1, 3)
    return small, big, flag, ints, picks, round(g, 12), round(v, 12)


def keywords(seed):
    # Keyword arguments take the dynamic call.
    rng = random.Random(seed)
    return rng.randint(a=1, b=100), rng.gauss(mu=1.0, sigma=0.1), rng.choice(seq="abcdef")


def order(seed):
    # Every argument is evaluated before any is converted.
    rng = random.Random(seed)
    seen = []

    def arg(value):
        seen.append(value)
        return value

    value = rng.gauss(arg(1), arg(2)) + rng.betavariate(arg(2), arg(3.0))
    print(seen, value)


def errors(seed):
    rng = random.Random(seed)
    for bad in (2.5, -1, "3"):
        try:
            print(rng.getrandbits(bad))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


def reseeded(seed):
    # Captured by the comprehension: a dynamic local.
    rng = random.Random(seed)
    first = [rng.random() for _ in range(3)]
    rng.seed(seed)
    again = rng.random(), rng.random(), rng.random()
    return first == list(again), rng.getstate() == random.Random(seed).getstate()


def shared(seed):
    # Several names and a dynamic alias of the same object.
    a = b = random.Random(seed)
    c = a
    return a.random() != b.random(), c.random() == random.Random(seed).random()


def maybe(flag):
    # Maybe unbound at the call: stays dynamic, and the read raises UnboundLocalError.
    if flag:
        rng = random.Random(1)
    return rng.random()


print(estimate(1, 20000), estimate(2, 1000))
print(draws(7))
print(keywords(11))
order(3)
errors(5)
print(reseeded(9))
print(shared(4))
print(round(maybe(True), 15))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
