# A queue simulation with random (seeded), heapq events, statistics and string formatting.
import random, heapq, statistics
rng = random.Random(42)
events = []
for i in range(12):
    heapq.heappush(events, (round(rng.expovariate(1 / 3), 3), i, rng.choice(["buy", "sell", "hold"])))
t_last, waits = 0.0, []
while events:
    t, i, kind = heapq.heappop(events)
    waits.append(t)
    print(f"t={t:7.3f} cust={i:2d} {kind:<4} gap={t - t_last:6.3f}")
    t_last = t
print(f"mean={statistics.mean(waits):.4f} median={statistics.median(waits):.4f} stdev={statistics.stdev(waits):.4f} pvar={statistics.pvariance(waits):.4f}")
print(statistics.mode(["a", "b", "a"]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.fmean([1, 2, 3.5]))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
print(hands)
print(rng.sample(range(100), 5), rng.randint(1, 6), round(rng.uniform(1, 2), 6), round(rng.gauss(0, 1), 6), rng.choices("abc", weights=[5, 1, 1], k=8))
random.seed("portalis")
print(random.random(), random.randrange(0, 100, 7), random.getrandbits(40))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
