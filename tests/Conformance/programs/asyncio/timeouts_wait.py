# wait_for timeouts, asyncio.timeout (3.11), wait() with FIRST_COMPLETED / ALL_COMPLETED, TimeoutError identity.
import asyncio


async def forever(cleanups):
    try:
        await asyncio.Event().wait()
    finally:
        cleanups.append("forever cleaned up")


async def quick(value):
    await asyncio.sleep(0)
    return value


async def main():
    cleanups = []
    try:
        await asyncio.wait_for(forever(cleanups), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, e.args, cleanups)
    print(asyncio.TimeoutError is TimeoutError)

    print(await asyncio.wait_for(quick("in time"), timeout=10))
    print(await asyncio.wait_for(quick("no timeout"), timeout=None))

    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.Event().wait()
    except TimeoutError:
        print("timeout() expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        await quick(1)
    print("no deadline expired:", cm.expired(), cm.when())

    gate = asyncio.Event()

    async def waiter(name):
        await gate.wait()
        return name

    fast = asyncio.create_task(quick("fast"))
    slow = asyncio.create_task(waiter("slow"))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], len(pending))
    gate.set()
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.ALL_COMPLETED)
    print("all completed:", sorted(t.result() for t in done), len(pending))

    blocked = asyncio.create_task(forever(cleanups))
    done, pending = await asyncio.wait({blocked}, timeout=0.05)
    print("wait timeout:", len(done), len(pending))
    blocked.cancel()
    await asyncio.gather(blocked, return_exceptions=True)
    print(cleanups)

    try:
        await asyncio.wait([], return_when=asyncio.FIRST_COMPLETED)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
