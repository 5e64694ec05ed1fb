# Process names: Process-N from one counter, current_process and parent_process in children,
# children of a child named Process-N:1.
import multiprocessing as mp


def report(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, parent.name if parent else None, me._identity))


def spawn_grandchild(q):
    report(q)
    c = mp.Process(target=report, args=(q,))
    c.start()
    c.join()


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process(), mp.current_process()._identity)
    q = mp.Queue()
    a = mp.Process(target=report, args=(q,))
    b = mp.Process(target=spawn_grandchild, args=(q,), name="Builder")
    print(a.name, b.name)
    a.start()
    a.join()
    b.start()
    b.join()
    print(sorted(q.get() for _ in range(3)))
    print(mp.Process().name)
