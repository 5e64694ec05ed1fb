# gather: results in argument order whatever the completion order, return_exceptions, nesting; task step order.
import asyncio

log = []


async def step(name, turns, result):
    for i in range(turns):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return result


async def fail(name, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    raise ValueError(f"{name} failed")


async def main():
    results = await asyncio.gather(step("a", 3, "A"), step("b", 1, "B"), step("c", 2, "C"))
    print(results)
    print(" ".join(log))
    log.clear()

    mixed = await asyncio.gather(step("x", 2, 1), fail("y", 1), step("z", 0, 3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in mixed])
    print(mixed[1])

    try:
        await asyncio.gather(step("p", 2, 1), fail("q", 1))
    except ValueError as e:
        print("first error:", e)

    nested = await asyncio.gather(asyncio.gather(step("n", 1, 1), step("m", 1, 2)), step("o", 1, 3))
    print(nested)
    print(await asyncio.gather())

    t1 = asyncio.create_task(step("t", 2, "T"), name="first")
    t2 = asyncio.create_task(step("u", 1, "U"), name="second")
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())

    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    loop.call_later(0.05, order.append, "late")
    loop.call_soon(order.append, 3)
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0.1)
    print(order)

    async def who():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(who(), name="worker-7"))
    print(asyncio.current_task().get_name() == main_task_name)
    print(len(asyncio.all_tasks()))

    done = []
    for coro in asyncio.as_completed([step("s", 2, "slow"), step("f", 0, "fast")]):
        done.append(await coro)
    print(done)


async def runner():
    global main_task_name
    main_task_name = asyncio.current_task().get_name()
    await main()

main_task_name = None
asyncio.run(runner())
