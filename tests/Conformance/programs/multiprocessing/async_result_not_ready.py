# AsyncResult on a ThreadPool: not ready, successful() before ready, get(timeout) raising multiprocessing.TimeoutError.
import multiprocessing as mp
import threading

def wait_on(ev_name):
    return ev_name

if __name__ == "__main__":
    from multiprocessing.pool import ThreadPool
    gate = threading.Event()
    def blocked(x):
        gate.wait()
        return x + 1
    with ThreadPool(2) as pool:
        r = pool.apply_async(blocked, (1,))
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError", str(e).split(" at ")[0], str(e).endswith("not ready"))
        try:
            r.get(timeout=0.05)
        except mp.TimeoutError as e:
            print("TimeoutError", type(e).__module__, repr(e))
        r.wait(0.01)
        print(r.ready())
        gate.set()
        print(r.get(timeout=5))
        print(r.ready(), r.successful())
