# Exceptions and generators: errors inside a generator propagate to the consumer, generator is then finished; StopIteration inside generator becomes RuntimeError.
def risky(values):
    for v in values:
        yield 10 // v
g = risky([5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "generator finished"))
def leaky():
    yield 1
    raise StopIteration("manual")
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def guarded(values):
    for v in values:
        try:
            yield int(v)
        except ValueError:
            yield f"bad:{v}"
print(list(guarded(["1", "x", "3"])))
def consumer():
    total = 0
    try:
        while True:
            x = yield total
            if x < 0:
                raise ValueError(f"negative input {x}")
            total += x
    except ValueError as e:
        print("  consumer stopping:", e)
        yield -1
c = consumer()
next(c)
print(c.send(5), c.send(7), c.send(-3))
print(next(c, "consumer done"))
