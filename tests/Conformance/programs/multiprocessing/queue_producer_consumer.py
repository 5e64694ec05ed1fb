# Several producer processes, one consumer process, sentinels; totals checked in the parent.
import multiprocessing as mp


def producer(q, start, count):
    for i in range(start, start + count):
        q.put(i * i)
    q.put(None)


def consumer(q, out, producers):
    finished = 0
    total = 0
    seen = 0
    while finished < producers:
        item = q.get()
        if item is None:
            finished += 1
        else:
            total += item
            seen += 1
    out.put((seen, total))


if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    producers = [mp.Process(target=producer, args=(q, k * 100, 50)) for k in range(3)]
    cons = mp.Process(target=consumer, args=(q, out, len(producers)))
    cons.start()
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    cons.join()
    print(out.get())
    print(sum(i * i for k in range(3) for i in range(k * 100, k * 100 + 50)))
    print([p.exitcode for p in producers], cons.exitcode)
