# chunksize: each chunk runs in one worker; results keep input order whatever the chunking.
import multiprocessing as mp


def tag(x):
    return (x, mp.current_process().name)


def same_worker_per_chunk(results, chunksize):
    ok = True
    for start in range(0, len(results), chunksize):
        names = {name for _, name in results[start:start + chunksize]}
        ok = ok and len(names) == 1
    return ok


if __name__ == "__main__":
    data = list(range(23))
    with mp.Pool(3) as pool:
        for chunksize in (1, 2, 5, 23, 100):
            results = pool.map(tag, data, chunksize=chunksize)
            print(chunksize, [x for x, _ in results] == data,
                  same_worker_per_chunk(results, chunksize),
                  all(name.startswith("ForkPoolWorker-") for _, name in results))
        print(list(pool.imap(abs, [-1, -2, -3, -4, -5], chunksize=2)))
        print(sorted(pool.imap_unordered(abs, [-1, -2, -3, -4, -5], chunksize=3)))
        try:
            pool.imap(abs, [1], chunksize=0)
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            pool.imap_unordered(abs, [1], chunksize=-1)
        except ValueError as e:
            print(type(e).__name__, e)
