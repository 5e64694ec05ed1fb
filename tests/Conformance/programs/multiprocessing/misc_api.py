# cpu_count, current_process, active_children, the exception classes and module names.
import multiprocessing as mp


def wait_for(ev):
    ev.wait()


if __name__ == "__main__":
    n = mp.cpu_count()
    print(type(n).__name__, n >= 1)
    me = mp.current_process()
    print(me.name, me.daemon, me.is_alive(), repr(me))
    print(mp.active_children())
    ev = mp.Event()
    p = mp.Process(target=wait_for, args=(ev,), name="waiter")
    p.start()
    print([c.name for c in mp.active_children()])
    ev.set()
    p.join()
    print(mp.active_children())
    print(mp.Queue.__module__ if hasattr(mp.Queue, "__module__") else None)
    print(type(mp.Queue()).__module__, type(mp.Lock()).__module__, type(mp.Value("i")).__module__)
    print(mp.Process.__module__, mp.Pool.__module__ if hasattr(mp.Pool, "__module__") else None)
    print([e.__name__ for e in (mp.ProcessError, mp.BufferTooShort, mp.TimeoutError, mp.AuthenticationError)])
