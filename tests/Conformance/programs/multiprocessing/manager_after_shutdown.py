# Manager proxies after shutdown: BrokenPipeError in a thread that used the manager, FileNotFoundError in one that never did.
import multiprocessing as mp
if __name__ == "__main__":
    m = mp.Manager()
    d = m.dict()
    l = m.list()
    d["a"] = 1
    m.shutdown()
    for op in (lambda: d["a"], lambda: len(l)):
        try:
            op()
        except Exception as e:
            print(type(e).__name__, e)
    m2 = mp.Manager()
    d2 = m2.dict()
    m2.shutdown()
    try:
        d2["x"] = 1
    except Exception as e:
        print(type(e).__name__, e)
    try:
        m2.dict()
    except Exception as e:
        print(type(e).__name__, e)
