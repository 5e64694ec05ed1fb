# A subclass of random.Random overrides random(); its instances are never typed as the native class.
import random


class Loaded(random.Random):
    def random(self):
        return 0.25


def run(seed):
    plain = random.Random(seed)
    loaded = Loaded(seed)
    return round(plain.random(), 15), loaded.random() + loaded.random(), loaded.getrandbits(8) == plain.getrandbits(8)


print(run(2))
