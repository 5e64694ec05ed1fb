# Manager Queue, Namespace, Event, Barrier and list proxies used by several processes.
import multiprocessing as mp
import queue


def producer(q, ns, n):
    for i in range(n):
        q.put(("item", i))
    ns.produced = n
    q.put(None)


def consumer(q, out, ready):
    ready.set()
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item[1] * 10)


def phase_worker(barrier, results, index):
    for phase in range(3):
        results.append((phase, index))
        barrier.wait()


if __name__ == "__main__":
    manager = mp.Manager()
    q = manager.Queue()
    ns = manager.Namespace(title="run", produced=0)
    out = manager.list()
    ready = manager.Event()
    c = mp.Process(target=consumer, args=(q, out, ready))
    c.start()
    ready.wait()
    p = mp.Process(target=producer, args=(q, ns, 5))
    p.start()
    p.join()
    c.join()
    print(list(out), ns.produced, ns.title)
    print(ns)
    ns.extra = [1, 2]
    ns.extra.append(3)  # a copy
    print(ns.extra, hasattr(ns, "missing"))
    try:
        ns.missing
    except AttributeError as e:
        print("AttributeError", e)
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue empty", q.qsize(), q.empty())
    q.put(1)
    q.put(2)
    print(q.qsize(), q.get(), q.get(timeout=1))

    barrier = manager.Barrier(3)
    results = manager.list()
    procs = [mp.Process(target=phase_worker, args=(barrier, results, i)) for i in range(3)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    phases = [phase for phase, _ in results]
    print(phases == sorted(phases), sorted(results)[:4], barrier.parties, barrier.broken)

    numbers = manager.list([3, 1, 2])
    numbers.sort()
    numbers.extend([7, 7])
    numbers += [8]
    print(numbers[0], numbers[-1], numbers[1:3], numbers.count(7), numbers.index(7), len(numbers))
    numbers.reverse()
    print(list(numbers), 2 in numbers, sorted(numbers))
    try:
        numbers.remove(99)
    except ValueError as e:
        print("ValueError", e)
    numbers[0] = 100
    del numbers[1]
    print(str(numbers), numbers.pop(), numbers.pop(0))
    manager.shutdown()
