# Queue: FIFO order, qsize/empty/full, Empty and Full with block/timeout, put_nowait/get_nowait, close.
import multiprocessing as mp


def fill(q, items):
    for item in items:
        q.put(item)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=fill, args=(q, ["a", 1, (2, 3), {"k": [4]}, None]))
    p.start()
    p.join()
    print([q.get() for _ in range(5)])
    print(q.empty())
    try:
        q.get_nowait()
    except Exception as e:
        print("Empty", type(e).__name__, repr(str(e)))
    try:
        q.get(timeout=0.05)
    except Exception as e:
        print(type(e).__name__, "after timeout")
    small = mp.Queue(2)
    small.put(1)
    small.put_nowait(2)
    try:
        small.put(3, block=False)
    except Exception as e:
        print("Full", type(e).__name__)
    try:
        small.put(3, timeout=0.05)
    except Exception as e:
        print(type(e).__name__, "after timeout")
    print(small.get(), small.get(), small.empty())
    small.close()
    try:
        small.get()
    except ValueError as e:
        print(type(e).__name__, str(e).endswith("is closed"))
