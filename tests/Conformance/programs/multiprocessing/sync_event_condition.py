# Event and Condition between processes: a handshake with set/wait/clear and notify_all.
import multiprocessing as mp


def waiter(cond, state, index, started, out):
    with cond:
        started.release()
        while state.value == 0:
            cond.wait()
    out.put(index)


def setter(ev):
    ev.set()


if __name__ == "__main__":
    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=setter, args=(ev,))
    p.start()
    print(ev.wait(30), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set(), repr(ev).endswith("unset>"))

    cond = mp.Condition()
    state = mp.Value("i", 0)
    started = mp.Semaphore(0)
    out = mp.Queue()
    procs = [mp.Process(target=waiter, args=(cond, state, i, started, out)) for i in range(3)]
    for w in procs:
        w.start()
    for _ in procs:
        started.acquire()
    with cond:
        state.value = 1
        cond.notify_all()
    for w in procs:
        w.join()
    print(sorted(out.get() for _ in procs))
    c2 = mp.Condition(mp.Lock())
    with c2:
        print(c2.wait(0.01), c2.wait_for(lambda: True), c2.wait_for(lambda: 0, timeout=0.01))
    try:
        c2.wait(0)
    except AssertionError as e:
        print(type(e).__name__, e)
