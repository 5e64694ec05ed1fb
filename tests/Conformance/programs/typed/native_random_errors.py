# Calls on a typed random.Random local that do not match a method's signature (argument counts, keywords)
# take the dynamic call, which must raise CPython's TypeError.
import random


def run(seed):
    rng = random.Random(seed)
    x = rng.random()
    try:
        rng.random(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        rng.getrandbits()
    except TypeError as e:
        print("TypeError:", e)
    try:
        rng.getrandbits(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        rng.getrandbits(k=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        rng.randint(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        rng.gauss(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    return round(x + rng.random(), 15)


print(run(8))
