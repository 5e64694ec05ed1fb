# asyncio.TaskGroup with failing tasks: the siblings are cancelled, the errors come out as an ExceptionGroup
# and except* takes them apart; asyncio.gather is unaffected.
import asyncio


async def worker(name, steps, log):
    try:
        for _ in range(steps):
            await asyncio.sleep(0)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def failing(name, steps, exc, log):
    for _ in range(steps):
        await asyncio.sleep(0)
    log.append(f"{name} raising {exc!r}")
    raise exc


async def one_failure():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            quick = tg.create_task(worker("quick", 1, log))
            tg.create_task(failing("bad", 3, ValueError("boom"), log))
            slow = tg.create_task(worker("slow", 50, log))
    except* ValueError as eg:
        print("except* ValueError:", repr(eg))
    print(log)
    print("quick:", quick.result(), "slow cancelled:", slow.cancelled())


async def two_failures():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing("a", 2, ValueError("a"), log))
            tg.create_task(failing("b", 2, TypeError("b"), log))
            tg.create_task(worker("c", 20, log))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    print(log)


async def body_failure():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("child", 20, log))
            await asyncio.sleep(0)
            raise KeyError("in the body")
    except* KeyError as eg:
        print("body error:", repr(eg))
    print(log)


async def all_succeed():
    log = []
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(f"w{i}", i, log)) for i in range(3)]
    print([t.result() for t in tasks], log)


async def plain_except():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing("x", 0, OSError(5, "I/O"), []))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg.message, "|", eg.exceptions)
        print("split:", eg.split(OSError))


async def gather_unaffected():
    log = []
    results = await asyncio.gather(worker("g1", 1, log), failing("g2", 1, ValueError("g2"), log), return_exceptions=True)
    print("gather:", results)
    try:
        await asyncio.gather(worker("g3", 1, log), failing("g4", 0, ValueError("g4"), log))
    except ValueError as e:
        print("gather raised:", repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)


async def main():
    for test in [one_failure, two_failures, body_failure, all_succeed, plain_except, gather_unaffected]:
        print(f"== {test.__name__}")
        await test()


asyncio.run(main())
