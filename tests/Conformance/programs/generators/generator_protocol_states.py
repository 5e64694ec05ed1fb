# Generator protocol: send/throw/close, yield from return values, PEP 479, and inspect.getgeneratorstate.
def averager():
    total = 0; count = 0; avg = None
    while True:
        try:
            val = yield avg
        except ValueError as e:
            print("got ValueError", e)
            continue
        if val is None:
            break
        total += val; count += 1; avg = total / count
    return (count, avg)
g = averager(); next(g)
print(g.send(10), g.send(20), g.send(30))
print(g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "done"
d = delegator(); next(d); d.send(1); d.send(3); print(d.send(None))
def gen():
    try:
        yield 1; yield 2
    finally:
        print("cleanup")
x = gen(); print(next(x)); x.close(); print("closed")
try:
    next(x)
except StopIteration:
    print("exhausted")
def counter():
    i = 0
    while True:
        try:
            yield i
        except GeneratorExit:
            print("exit at", i); raise
        i += 1
c = counter(); next(c); next(c); c.close()
def g2():
    yield 1
    return "ret"
def outer():
    r = yield from g2(); yield r
print(list(outer()))
def gen_raise():
    yield 1
    raise KeyError("k")
try:
    for v in gen_raise(): print(v)
except KeyError as e:
    print("KeyError", e)
def thrower():
    try:
        yield 1
    except RuntimeError:
        yield "caught"
t = thrower(); next(t); print(t.throw(RuntimeError)); 
ge = (i * i for i in range(5)); print(next(ge), sum(ge), list(ge))
print(type(ge).__name__, type(g).__name__)
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(7)), 3)))
def flatten(xs):
    for x in xs:
        if isinstance(x, list): yield from flatten(x)
        else: yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def stop_in_gen():
    yield 1
    raise StopIteration
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))
gen_state = averager()
import inspect
print(inspect.getgeneratorstate(gen_state)); next(gen_state); print(inspect.getgeneratorstate(gen_state))
gen_state.close(); print(inspect.getgeneratorstate(gen_state))
def running():
    yield running_gen.gi_running
running_gen = running(); print(next(running_gen), running_gen.gi_running)
try:
    g = (x for x in range(3)); next(g); g.send(5); print(next(g))
except TypeError as e: print(e)
gg = averager()
try:
    gg.send(5)
except TypeError as e:
    print("TypeError:", e)
