# Subclassing Process and overriding run; the child works on its own copy of the object.
import multiprocessing as mp


class Counter(mp.Process):
    def __init__(self, n, results):
        super().__init__()
        self.n = n
        self.results = results
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        self.results.put((self.name, self.total, mp.current_process() is self))


class Named(mp.Process):
    pass


if __name__ == "__main__":
    q = mp.Queue()
    workers = [Counter(n, q) for n in (3, 5, 10)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(q.get() for _ in workers))
    print([w.total for w in workers], [w.exitcode for w in workers])
    nm = Named(target=print, args=("from Named",))
    print(nm.name)
    nm.start()
    nm.join()
    print(repr(nm).startswith("<Named name='Named-4'"), repr(nm).endswith("stopped exitcode=0>"))
