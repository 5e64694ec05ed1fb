# asyncio.Queue producer/consumer with task_done/join, maxsize back-pressure, PriorityQueue, LifoQueue, errors.
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        await queue.put(f"{name}{i}")
        print("put", f"{name}{i}", "size", queue.qsize())
    await queue.put(None)


async def consumer(queue, seen):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        seen.append(item)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumer_task = asyncio.create_task(consumer(queue, seen))
    await producer(queue, "item", 5)
    await queue.join()
    await consumer_task
    print("consumed", seen)
    print("full?", queue.full(), "empty?", queue.empty(), queue.maxsize)

    pq = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(entry)
    print([pq.get_nowait() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for n in range(4):
        await lq.put(n)
    print([await lq.get() for _ in range(4)])

    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print("ValueError:", e)

    results = asyncio.Queue()

    async def worker(n, jobs):
        while True:
            job = await jobs.get()
            await results.put((job, job * job, n))
            jobs.task_done()

    jobs = asyncio.Queue()
    for j in range(6):
        jobs.put_nowait(j)
    workers = [asyncio.create_task(worker(n, jobs)) for n in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    collected = []
    while not results.empty():
        collected.append(results.get_nowait())
    print(collected)


asyncio.run(main())
