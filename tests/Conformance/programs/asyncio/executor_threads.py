# run_in_executor and to_thread on a ThreadPoolExecutor, call_soon_threadsafe from a thread, futures from threads.
import asyncio
import concurrent.futures
import threading


def blocking_square(n, gate):
    gate.wait()
    return n * n


def in_thread_name():
    return threading.current_thread() is threading.main_thread()


async def main():
    loop = asyncio.get_running_loop()
    gate = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [loop.run_in_executor(pool, blocking_square, n, gate) for n in range(4)]
        print("pending before release:", [f.done() for f in futures])
        gate.set()
        print("results:", await asyncio.gather(*futures))

    print("to_thread in main thread?", await asyncio.to_thread(in_thread_name))
    print("loop thread is main?", in_thread_name())

    def failing():
        raise KeyError("from the worker")
    try:
        await loop.run_in_executor(None, failing)
    except KeyError as e:
        print("KeyError:", e)

    done = asyncio.Event()
    received = []

    def thread_body():
        for i in range(3):
            loop.call_soon_threadsafe(received.append, i)
        loop.call_soon_threadsafe(done.set)

    worker = threading.Thread(target=thread_body)
    worker.start()
    await done.wait()
    worker.join()
    print("received from thread:", received)

    async def compute(x):
        await asyncio.sleep(0)
        return x + 1

    results = []
    finished = asyncio.Event()

    def submit_from_thread():
        future = asyncio.run_coroutine_threadsafe(compute(41), loop)
        results.append(future.result(timeout=10))
        loop.call_soon_threadsafe(finished.set)

    t = threading.Thread(target=submit_from_thread)
    t.start()
    await finished.wait()
    t.join()
    print("run_coroutine_threadsafe:", results)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Thread(target=cf.set_result, args=("set by thread",)).start()
    print(await wrapped)


asyncio.run(main())
