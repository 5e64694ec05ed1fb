# A Manager's dict and list shared with Pool workers and processes: results written by workers,
# the "mutating a nested value changes a copy" rule, a Value guarded by a manager Lock.
import multiprocessing as mp


def square_into(args):
    shared, n = args
    shared[n] = n * n
    return n


def record(log, lock, counter, n):
    with lock:
        counter.value += n
        log.append("task %d" % n)


def nested(shared):
    shared["items"].append("lost")      # appends to a copy
    items = shared["items"]
    items.append("kept")
    shared["items"] = items              # reassigning stores it


if __name__ == "__main__":
    with mp.Manager() as manager:
        print(type(manager).__name__)
        shared = manager.dict()
        with mp.Pool(3) as pool:
            done = pool.map(square_into, [(shared, n) for n in range(8)])
        print(done)
        print(sorted(shared.items()))
        print(len(shared), 3 in shared, 42 in shared, shared.get(5), shared.get(42, "none"))
        print(sorted(shared.keys()), sorted(shared.values())[-3:])
        print(dict(sorted(shared.copy().items())) == {n: n * n for n in range(8)})

        log = manager.list()
        lock = manager.Lock()
        counter = manager.Value("i", 0)
        workers = [mp.Process(target=record, args=(log, lock, counter, n)) for n in range(1, 6)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(counter.value, sorted(log), len(log))
        print([p.exitcode for p in workers])

        shared["items"] = ["first"]
        p = mp.Process(target=nested, args=(shared,))
        p.start()
        p.join()
        print(shared["items"])

        try:
            shared["missing"]
        except KeyError as e:
            print("KeyError", e)
        print(shared.pop(0), shared.setdefault("new", 1), shared.setdefault("new", 2))
        shared.update({"u": 9}, v=10)
        print(shared["u"], shared["v"], len(shared))
        del shared["u"]
        print("u" in shared, sorted(k for k in shared if isinstance(k, str)))
        shared.clear()
        print(len(shared), str(shared))
        print(str(manager.dict(a=1, b=[2])))
