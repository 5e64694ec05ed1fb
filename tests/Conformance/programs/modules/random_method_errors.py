# Argument errors of random.Random methods: Python-function messages for the methods Lib/random.py writes in Python, C messages for random() and getrandbits().
import random
r = random.Random(1)
for f in [lambda: r.getrandbits(), lambda: r.seed(1,2,3), lambda: r.choice(), lambda: r.shuffle([], 1), lambda: r.randrange(), lambda: r.sample([1]), lambda: r.uniform(1, b=2, c=3), lambda: r.random(x=1), lambda: r.randint(), lambda: r.randint(1, a=2), lambda: random.randint(1), lambda: random.random(1), lambda: r.choices(), lambda: r.gauss(1, 2, 3), lambda: r.triangular(1,2,3,4), lambda: r.expovariate()]:
    try: f()
    except TypeError as e: print(e)
