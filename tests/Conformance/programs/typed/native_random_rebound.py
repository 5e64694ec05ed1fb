# Names through which random.Random is reached are rebound, and an attribute named Random is stored: no local is
# typed with the native class (Typing/StableNames), and every call sees the replacement. (The real random module
# is left alone: a host that runs several programs in one process shares native module objects.)
import random
import random as real_random
import types
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
    return round(rng.random() * 2, 15), rng.getrandbits(4)


def use_name(seed):
    rng = Random(seed)
    return round(rng.random() + 1, 15), rng.getrandbits(3)


def use_stored(seed):
    # Only an attribute store of the same name elsewhere, on another object: the proof is off, the result the same.
    rng = real_random.Random(seed)
    return round(rng.random(), 15)


print(use_module(3), use_name(3), use_stored(3))
random = types.SimpleNamespace(Random=Fake)
Random = Fake
print(use_module(3), use_name(3))
holder = types.SimpleNamespace()
holder.Random = Fake
print(use_stored(3))
