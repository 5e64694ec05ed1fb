import random
r = random.Random(5)
xs = [r.random() for _ in range(200000)]
ys = sorted(xs)
pairs = [(int(x * 1000), str(x)[:5]) for x in xs]
pairs.sort()
words = [str(x)[2:8] for x in xs]
words.sort(key=lambda w: (len(w), w))
print(ys[0], pairs[0], words[:2])
