# random with random.seed(n): exact Mersenne Twister sequences for random, randint, choice, shuffle, uniform, sample.
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1.5, 2.5), random.uniform(-10, 10))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.randrange(10), random.randrange(0, 100, 5), random.getrandbits(16), random.getrandbits(70))
random.seed(42)
print(random.random())
random.seed(2024)
print([random.randint(-5, 5) for _ in range(8)])
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
print(random.choices([1, 2, 3], k=5), random.choices("xyz", weights=[10, 1, 1], k=6))
random.seed(0)
print(round(random.gauss(0, 1), 10), round(random.gauss(100, 15), 10), round(random.normalvariate(0, 1), 10))
