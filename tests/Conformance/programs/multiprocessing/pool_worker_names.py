# Pool workers are ForkPoolWorker-N processes, numbered with the program's process counter.
import multiprocessing as mp


def whoami(_):
    p = mp.current_process()
    return p.name, p.daemon, type(p).__name__


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        results = pool.map(whoami, range(8), chunksize=1)
        names = {name for name, _, _ in results}
        print(names <= {"ForkPoolWorker-1", "ForkPoolWorker-2"})
        print({daemon for _, daemon, _ in results}, {kind for _, _, kind in results})
        print(len(pool._pool), sorted(w.name for w in pool._pool))
    p = mp.Process(target=whoami, args=(0,))
    print(p.name)
    with mp.get_context("spawn").Pool(1) as pool:
        print(pool.apply(whoami, (0,)))
    q = mp.Process(target=whoami, args=(0,))
    print(q.name)
    print(mp.current_process().name)
