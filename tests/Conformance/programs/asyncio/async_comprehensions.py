# Asynchronous comprehensions (PEP 530): async for and await in list/set/dict comprehensions and async genexps.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(4)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([y async for x in agen(3) async for y in agen(x)])

    squares = (x * x async for x in agen(4))
    print(type(squares).__name__)
    print([s async for s in squares])

    doubled = (await double(x) for x in [5, 6])
    total = 0
    async for d in doubled:
        total += d
    print("total", total)

    tasks = [asyncio.create_task(double(n)) for n in range(3)]
    print([await t for t in tasks])


asyncio.run(main())
