# Set order with floats, tuples, big ints, bools, frozensets, and constant displays.
def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        yield x

for seed in range(12):
    g = lcg(seed)
    floats = {next(g) % 1000 / 8 for _ in range(15)}
    tuples = {(next(g) % 7, next(g) % 5 - 2) for _ in range(20)}
    bigs = {next(g) * (next(g) % 3 - 1) for _ in range(10)}
    mixed = {next(g) % 9 for _ in range(6)} | {1.5, 2.25, True, False}
    fsets = {frozenset({next(g) % 10, next(g) % 10}) for _ in range(8)}
    print(list(floats)); print(list(tuples)); print(list(bigs)); print(list(mixed)); print(list(fsets))
    t = set(tuples)
    while len(t) > 3:
        t.remove(next(iter(t)))
        t.pop()
    print(t, floats & {0.125, 0.25, 0.5, 1.0, 2.0}, sorted(bigs)[:2])

# Constant displays sharing constants with `in` tests and comprehensions.
def classify(n):
    if n in {64, 0, 32, 96}:
        return "a"
    return "b"
print([classify(n) for n in range(0, 100, 16)])
print({96, 32, 0, 64}, {0, 64, 96, 32})
print([v for v in {(2, 1), (1, 2), (0, 0)}], {(0, 0), (2, 1), (1, 2)})
class K:
    S = {9, 17, 1}
    def m(self):
        return {1, 17, 9}
print(K.S, K().m(), {17, 1, 9})
print(sorted({x * 8 for x in {7, 3, 1, 5}}), [x for x in {7, 3, 1, 5} if x in {5, 1, 7, 3}])
print(list({0, 8, 16, 24, 32}), list({0, 8, 16} | {24, 32}))
s = {40, 8, 0}
s.add(16); s.discard(8); s.add(24)
print(s, s.pop(), s)
print({-2, -1, 0, 1, 2}, {2**62, -2**62, 0}, {0.0, -0.0, 1.0}, {float('inf'), 1.0, 2.0})
