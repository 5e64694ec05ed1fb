# random.Random(seed) instances: independent streams, reproducibility, and a seeded dice game simulation.
import random
r1 = random.Random(7)
r2 = random.Random(7)
r3 = random.Random(8)
print([r1.randint(1, 100) for _ in range(6)])
print([r2.randint(1, 100) for _ in range(6)])
print([r3.randint(1, 100) for _ in range(6)])
rng = random.Random(12345)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
counts = {total: rolls.count(total) for total in range(2, 13)}
print(counts)
print(max(counts, key=counts.get), sum(rolls) / len(rolls))
players = ["ann", "bob", "cy"]
game = random.Random(99)
scores = dict.fromkeys(players, 0)
for rnd in range(1, 6):
    for p in players:
        roll = game.randint(1, 6)
        scores[p] += roll
    print(rnd, scores)
print("winner:", max(scores, key=scores.get))
cards = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
shuffler = random.Random(2023)
shuffler.shuffle(cards)
print(cards[:13])
print(shuffler.sample(cards, 4), shuffler.choice(cards))
walk = random.Random(1)
pos = 0
path = []
for _ in range(20):
    pos += walk.choice((-1, 1))
    path.append(pos)
print(path)
print(round(random.Random(5).gauss(50, 5), 8), round(random.Random(5).uniform(0, 1), 12))
print(random.Random(3).random() == random.Random(3).random())
