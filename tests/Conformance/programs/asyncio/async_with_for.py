# async with (enter/exit order, suppression, exceptions) and async for over class-based async iterators.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)

    async with Resource("quiet", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")

    try:
        async with Resource("loud"):
            raise ValueError("visible")
    except ValueError as e:
        print("propagated", e)

    async for n in Countdown(3):
        print("tick", n)
    else:
        print("loop else")

    async for n in Countdown(5):
        if n == 3:
            break
        print("tock", n)
    else:
        print("not printed")

    total = 0
    async for n in Countdown(4):
        if n % 2:
            continue
        total += n
    print("even total", total)

    try:
        async with 42:
            pass
    except TypeError as e:
        print("TypeError:", e)

    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

    def inner_return():
        return "sync"
    print(inner_return())

    async def early():
        async with Resource("early"):
            return "returned from inside"
    print(await early())


asyncio.run(main())
