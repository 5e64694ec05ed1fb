# Process: start, join, exitcode, is_alive, name, daemon, pid; target with args and kwargs.
import multiprocessing as mp


def work(ready, done, label, times=1):
    ready.set()
    done.wait()
    print("child", label * times, flush=True)


if __name__ == "__main__":
    ready = mp.Event()
    done = mp.Event()
    p = mp.Process(target=work, args=(ready, done, "ab"), kwargs={"times": 2})
    print(p.name, p.daemon, p.exitcode, p.pid, p.is_alive(), flush=True)
    p.start()
    ready.wait()
    print("alive", p.is_alive(), p.exitcode, p.pid is not None, flush=True)
    done.set()
    p.join()
    print("after join", p.is_alive(), p.exitcode, flush=True)
    d = mp.Process(target=print, args=("daemon child",), daemon=True)
    print(d.daemon, d.name, flush=True)
    d.start()
    d.join()
    print(d.exitcode, flush=True)
    n = mp.Process(name="custom", target=print, args=("named",))
    n.daemon = True
    n.start()
    n.join()
    print(n.name, n.exitcode, n.daemon, flush=True)
    noop = mp.Process()
    noop.start()
    noop.join()
    print(noop.name, noop.exitcode, flush=True)
