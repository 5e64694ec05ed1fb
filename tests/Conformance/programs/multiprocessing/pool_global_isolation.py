# Each pool worker has its own copy of the module globals, taken when the pool starts.
import multiprocessing as mp

seen = []
total = 0


def record(x):
    global total
    seen.append(x)
    total += x
    return len(seen) <= 3 and total <= 6


def snapshot(_):
    return list(seen), total


if __name__ == "__main__":
    seen.append("parent")
    with mp.Pool(1) as pool:
        print(pool.map(record, [1, 2, 3], chunksize=1))
        print(pool.apply(snapshot, (0,)))
    print("parent", seen, total)
    with mp.Pool(2) as pool:
        print(len(pool.map(record, [1, 1, 1, 1], chunksize=1)))
    print("parent", seen, total)
