# Async generators: async for, __anext__/asend/athrow/aclose by hand, finally on aclose, errors.
import asyncio


async def numbers(limit):
    try:
        for i in range(limit):
            await asyncio.sleep(0)
            yield i
    finally:
        print("numbers finally")


async def echo():
    received = None
    while True:
        try:
            received = yield f"echo:{received}"
        except ValueError as e:
            received = f"handled {e}"


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def main():
    async for n in numbers(3):
        print("got", n)

    gen = numbers(5)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("bad")))
    print(await e.asend("again"))
    await e.aclose()

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    empty = numbers(0)
    try:
        await empty.__anext__()
    except StopAsyncIteration:
        print("empty generator")

    g = numbers(3)
    print(type(g).__name__, g.__name__)
    aw = g.__anext__()
    print(type(aw).__name__)
    print(await aw)
    try:
        await aw
    except RuntimeError as err:
        print("RuntimeError:", err)
    await g.aclose()

    async def bad_stop():
        yield 1
        raise StopAsyncIteration
    b = bad_stop()
    await b.__anext__()
    try:
        await b.__anext__()
    except RuntimeError as err:
        print("RuntimeError:", err)


asyncio.run(main())
