# Generator send(), throw() and close(): coroutine-style accumulators, GeneratorExit and cleanup.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
                print("  got", x)
            except ValueError as e:
                print("  handled ValueError inside:", e)
                received.append("error")
    finally:
        print("  cleanup, received:", received)
e = echo()
print(next(e))
print(e.send("a"))
print(e.throw(ValueError("bad value")))
print(e.send("b"))
e.close()
print("closed")
try:
    e.send("c")
except StopIteration:
    print("StopIteration after close")
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit caught")
        raise
c = closing()
print(next(c))
c.close()
def fresh():
    yield 1
fg = fresh()
try:
    fg.send(5)
except TypeError as ex:
    print("TypeError:", ex)
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as ex:
    print("KeyError propagated:", ex)
print(next(u, "done"))
