# Coroutine objects driven by hand: send/throw/close, await of non-awaitables, reuse errors, __await__, types.coroutine.
import types


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, first)
    return second


class Ticket:
    """An awaitable whose __await__ is a generator: it yields itself, then returns what was sent."""

    def __await__(self):
        reply = yield self
        return reply * 2


@types.coroutine
def suspend(value):
    got = yield value
    return got


async def uses_ticket():
    a = await Ticket()
    b = await suspend("pause")
    return a, b


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


c = twice(5)
print(type(c).__name__, c.__name__, c.__qualname__)
print(drive(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = uses_ticket()
yielded = c.send(None)
print(type(yielded).__name__)
print(c.send(21))
try:
    c.send("resumed")
except StopIteration as stop:
    print("returned", stop.value)


async def awaits(obj):
    return await obj

for bad in (5, "text", [1], None):
    try:
        awaits(bad).send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42

try:
    awaits(BadAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)


async def guarded():
    try:
        await Ticket()
    except ValueError as e:
        print("caught inside:", e)
        return "recovered"
    finally:
        print("finally runs")

g = guarded()
g.send(None)
try:
    g.throw(ValueError("boom"))
except StopIteration as stop:
    print("after throw:", stop.value)

g = guarded()
g.send(None)
g.close()
print("closed; running:", g.cr_running)

fresh = add(1, 2)
fresh.close()
try:
    fresh.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

unstarted = add(1, 2)
try:
    unstarted.send(1)
except TypeError as e:
    print("TypeError:", e)
unstarted.close()


async def raises_stop():
    raise StopIteration("inner")

try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

w = add(2, 3).__await__()
try:
    next(w)
except StopIteration as stop:
    print("via __await__:", stop.value)
