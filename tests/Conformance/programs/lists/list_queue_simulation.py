# Lists in a queue simulation: customers arriving with seeded random service times, served by two tellers, with waits reported.
import random
rng = random.Random(31)
arrivals = []
t = 0
for cid in range(1, 11):
    t += rng.randint(0, 4)
    arrivals.append((t, cid, rng.randint(2, 7)))
print(arrivals)
tellers = [0, 0]
waits = []
log = []
for arrive, cid, service in arrivals:
    teller = min(range(len(tellers)), key=lambda i: (tellers[i], i))
    start = max(arrive, tellers[teller])
    tellers[teller] = start + service
    waits.append(start - arrive)
    log.append((cid, teller, arrive, start, tellers[teller]))
for cid, teller, arrive, start, end in log:
    print(f"customer {cid:>2} teller {teller} arrive {arrive:>2} start {start:>2} end {end:>2}")
print("waits", waits, "avg", sum(waits) / len(waits), "max", max(waits))
print("busy until", tellers, "served per teller", [sum(1 for l in log if l[1] == i) for i in range(2)])
