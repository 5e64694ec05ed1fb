# BaseManager.register of a user class (AutoProxy methods), SyncManager Lock/Event/list/dict/Queue proxies shared with processes.
import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager

class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, k=1):
        self.n += k
        return self.n
    def value(self):
        return self.n

class MyManager(BaseManager):
    pass

MyManager.register("Counter", Counter)

def bump(c, lock, times):
    for _ in range(times):
        with lock:
            c.incr()

if __name__ == "__main__":
    with MyManager() as m:
        c = m.Counter()
        with mp.Manager() as sm:
            lock = sm.Lock()
            ps = [mp.Process(target=bump, args=(c, lock, 5)) for _ in range(3)]
            for p in ps: p.start()
            for p in ps: p.join()
            print(c.value())
            ev = sm.Event()
            print(ev.is_set()); ev.set(); print(ev.is_set())
            l = sm.list(range(5))
            l[0] = 99
            del l[1]
            print(list(l), l.count(99), l.index(3))
            d = sm.dict(a=1)
            d.setdefault("b", []).append(1)
            print(d["b"], d.pop("a"), len(d))
            try:
                d["zz"]
            except KeyError as e:
                print("KeyError", e)
            print(isinstance(sm, SyncManager))
            q = sm.Queue(maxsize=1)
            q.put(1)
            print(q.full(), q.qsize(), q.get())
    try:
        c.value()
    except Exception as e:
        print("after shutdown:", type(e).__name__)
