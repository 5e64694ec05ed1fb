# A random.Random instance has a __dict__ in CPython: a method stored on it overrides the class's, so a call
# of that method name is never bound statically (Typing/NativeTypes).
import random


def run(seed):
    rng = random.Random(seed)
    first = rng.random()
    rng.random = lambda: 0.5
    second = rng.random()
    return round(first, 15), second, rng.getrandbits(8)


print(run(5))
