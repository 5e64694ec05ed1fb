# asyncio Lock, Event, Semaphore, BoundedSemaphore and Condition: fairness order, locked(), errors.
import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        await asyncio.sleep(0)
        active.remove(name)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(critical(lock, n) for n in "abc"))
    print(log)
    print("locked after:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    order = []

    async def waiter(n):
        order.append(f"wait{n}")
        await event.wait()
        order.append(f"woke{n}")

    tasks = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("is_set before:", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(order)
    event.clear()
    print("is_set after clear:", event.is_set())

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, n, active, peak) for n in range(5)))
    print("peak concurrency:", max(peak), "sem locked:", sem.locked())

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            items.pop(0)
            print("consumer", n, "got an item")

    consumers = [asyncio.create_task(consumer(n)) for n in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify(1)
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    async with cond:
        cond.notify_all()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
