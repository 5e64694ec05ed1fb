# Task cancellation: CancelledError at the await, cleanup in finally, cancel messages, shield, uncancel counts.
import asyncio


async def sleeper(name, started):
    started.set()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "cleanup")


async def stubborn(started):
    started.set()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("stubborn swallows the cancellation")
    return "survived"


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(sleeper("t1", started))
    await started.wait()
    print("cancel() returns", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print("cancelled:", task.cancelled(), "done:", task.done())
    print("second cancel:", task.cancel())

    started = asyncio.Event()
    task = asyncio.create_task(sleeper("t2", started))
    await started.wait()
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("message:", e.args)

    started = asyncio.Event()
    task = asyncio.create_task(stubborn(started))
    await started.wait()
    task.cancel()
    print(await task, task.cancelled())

    fresh = asyncio.create_task(sleeper("never-started", asyncio.Event()))
    fresh.cancel()
    try:
        await fresh
    except asyncio.CancelledError:
        print("cancelled before its first step")

    inner_started = asyncio.Event()
    release = asyncio.Event()

    async def protected():
        inner_started.set()
        await release.wait()
        return "inner result"

    inner = asyncio.create_task(protected())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await inner_started.wait()
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield: outer cancelled, inner cancelled?", inner.cancelled())
    release.set()
    print("shield: inner finished with", await inner)

    async def waits_for_child():
        child = asyncio.create_task(asyncio.sleep(3600))
        try:
            await child
        except asyncio.CancelledError:
            print("parent sees CancelledError; child cancelled:", child.cancelled())
            raise

    parent = asyncio.create_task(waits_for_child())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    parent.cancel()
    results = await asyncio.gather(parent, return_exceptions=True)
    print(type(results[0]).__name__)

    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
