# Lock, RLock, Semaphore, BoundedSemaphore: acquire/release rules, reprs and CPython's errors.
import multiprocessing as mp


def hold(lock, acquired, release):
    lock.acquire()
    acquired.set()
    release.wait()
    lock.release()


if __name__ == "__main__":
    lock = mp.Lock()
    print(lock, lock.acquire(), lock)
    print(lock.acquire(False), lock.acquire(True, 0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print(type(e).__name__, e)
    with lock:
        print("in with", lock)
    r = mp.RLock()
    print(r, r.acquire(), r.acquire(), r)
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print(type(e).__name__, e)
    s = mp.Semaphore(2)
    print(s, s.acquire(), s.acquire(), s.acquire(False), s.get_value())
    s.release()
    s.release()
    s.release()
    print(s)
    b = mp.BoundedSemaphore(1)
    print(b, b.acquire())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    acquired, release = mp.Event(), mp.Event()
    p = mp.Process(target=hold, args=(lock, acquired, release))
    p.start()
    acquired.wait()
    print("held elsewhere", lock.acquire(False), lock)
    release.set()
    p.join()
    print("free again", lock.acquire(timeout=30), lock)
    lock.release()
