# random.Random is replaced after the first calls, and a name imported from random is rebound: no local is
# typed with the native class (Typing/StableNames), and every call sees the replacement.
import random
from random import Random


class Fake:
    def __init__(self, seed):
        self.seed = seed

    def random(self):
        return 0.125 * self.seed

    def getrandbits(self, k):
        return -k


def use_module(seed):
    rng = random.Random(seed)
    return rng.random() * 2, rng.getrandbits(4)


def use_name(seed):
    rng = Random(seed)
    return rng.random() + 1, rng.getrandbits(3)


print(use_module(3), use_name(3))
random.Random = Fake
Random = Fake
print(use_module(3), use_name(3))
