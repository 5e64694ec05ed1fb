# A worker's exception keeps its traceback as __cause__ (RemoteTraceback, _RemoteTraceback; none for
# ThreadPool); multiprocessing Queue, one-way Pipe, Value/Array with and without a lock, JoinableQueue,
# Manager proxies from threads, and Process attributes before and after a run.
import multiprocessing as mp
import queue, threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

def cube(x):
    return x ** 3

def fail(x):
    raise RuntimeError(f"worker {x}")

def raise_key(x):
    raise KeyError(x)

def describe(v, a):
    with v.get_lock():
        v.value += 1
    a[0] = 5

if __name__ == "__main__":
    with mp.Pool(1) as pool:
        try:
            pool.apply(raise_key, (1,))
        except KeyError as e:
            c = e.__cause__
            print(type(c).__module__, type(c).__name__, repr(e))
            print(str(c).splitlines()[1], str(c).splitlines()[-2:])
    from multiprocessing.pool import ThreadPool
    with ThreadPool(1) as tp:
        try:
            tp.apply(raise_key, (2,))
        except KeyError as e:
            print("threadpool cause", e.__cause__)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(6), chunksize=2)))
        f = ex.submit(fail, 4)
        try:
            f.result()
        except RuntimeError as e:
            c = e.__cause__
            print("RuntimeError", e, type(c).__module__, type(c).__name__, str(c).splitlines()[-2:])
        print(sorted(f.result() for f in as_completed([ex.submit(cube, i) for i in range(3)])))
    q = mp.Queue()
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print("mp queue Empty")
    q.put_nowait(1)
    print(q.get(), q.empty())
    a, b = mp.Pipe(duplex=False)
    b.send({"k": [1, 2]})
    print(a.recv(), a.poll())
    try:
        a.send(1)
    except OSError as e:
        print("OSError:", e)
    v = mp.Value("i", 0)
    arr = mp.Array("d", 3)
    ps = [mp.Process(target=describe, args=(v, arr)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(v.value, arr[:], len(arr), [p.exitcode for p in ps])
    raw = mp.Value("i", 7, lock=False)
    print(type(raw).__name__, raw.value, hasattr(raw, "get_lock"))
    jq = mp.JoinableQueue()
    for i in range(3): jq.put(i)
    def drain():
        while True:
            try:
                jq.get(timeout=0.05)
            except queue.Empty:
                return
            jq.task_done()
    t = threading.Thread(target=drain); t.start()
    jq.join(); t.join()
    print("joined", jq.empty())
    with mp.Manager() as m:
        lst = m.list([1, 2])
        d = m.dict()
        def add(k):
            d[k] = k * 2
            lst.append(k)
        ths = [threading.Thread(target=add, args=(k,)) for k in range(3)]
        for th in ths: th.start()
        for th in ths: th.join()
        print(sorted(lst), sorted(d.items()))
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=cube, args=(2,), name="cuber", daemon=True)
    print(p.name, p.daemon, p.exitcode, p.is_alive())
    p.start(); p.join()
    print(p.exitcode, p.is_alive())
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
