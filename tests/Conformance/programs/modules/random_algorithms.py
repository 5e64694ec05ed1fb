# Seeded randomness in algorithms: Monte Carlo pi estimate, reservoir sampling, random walk, weighted choice by hand.
import random
random.seed(12345)
inside = 0
trials = 20000
for _ in range(trials):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / trials)
def reservoir(stream, k, rng):
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    return sample
print(reservoir(range(1000), 5, random.Random(1)), reservoir("abcdefghij", 3, random.Random(2)))
rng = random.Random(77)
pos = [0, 0]
for _ in range(50):
    dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
    pos[0] += dx
    pos[1] += dy
print(pos)
def weighted_choice(items, weights, rng):
    total = sum(weights)
    r = rng.uniform(0, total)
    upto = 0
    for item, w in zip(items, weights):
        upto += w
        if r <= upto:
            return item
    return items[-1]
picker = random.Random(5)
picks = [weighted_choice("abc", [1, 3, 6], picker) for _ in range(1000)]
print({c: picks.count(c) for c in "abc"})
deck = list(range(52))
random.Random(8).shuffle(deck)
print(deck[:10], sorted(deck) == list(range(52)))
print([round(random.Random(s).random(), 6) for s in range(5)])
print(random.Random(99).sample(range(10), 10), random.Random(99).randrange(1, 1000, 7))
