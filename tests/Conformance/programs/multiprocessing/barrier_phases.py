# multiprocessing.Barrier: processes pass three phases together; the action runs once per phase;
# abort breaks the barrier for every waiter; the parties/n_waiting/broken attributes.
import multiprocessing as mp
import threading


def runner(barrier, q, index):
    for phase in range(3):
        q.put((phase, index))
        slot = barrier.wait()
        q.put(("passed", phase, slot >= 0))


def breaker(barrier, q):
    try:
        barrier.wait(timeout=5)
    except threading.BrokenBarrierError:
        q.put("broken in child")


if __name__ == "__main__":
    print(mp.Barrier.__name__ if hasattr(mp.Barrier, "__name__") else "Barrier")
    actions = mp.Value("i", 0)

    def action():
        actions.value += 1

    barrier = mp.Barrier(3, action=action)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    q = mp.Queue()
    procs = [mp.Process(target=runner, args=(barrier, q, i)) for i in range(3)]
    for p in procs:
        p.start()
    events = [q.get() for _ in range(18)]
    for p in procs:
        p.join()
    print("actions:", actions.value, [p.exitcode for p in procs])
    print(sorted(e for e in events if e[0] != "passed"))
    print(sorted(e for e in events if e[0] == "passed"))

    b2 = mp.Barrier(2)
    child = mp.Process(target=breaker, args=(b2, q))
    child.start()
    b2.abort()  # before or during the child's wait: either way the child sees a broken barrier
    child.join()
    print(q.get(), b2.broken)
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    b2.reset()
    print(b2.broken, b2.n_waiting)
    try:
        mp.Barrier(1).wait(timeout=-1)
    except Exception as e:
        print(type(e).__name__, e)
    with mp.Pool(1) as pool:
        try:
            pool.apply(print, (b2,))
        except RuntimeError as e:
            print("RuntimeError", e)
