# close/join/terminate, "Pool not running", "Pool is still running", the repr and the context manager.
import multiprocessing as mp


def inc(x):
    return x + 1


if __name__ == "__main__":
    pool = mp.Pool(2)
    print(pool)
    try:
        pool.join()
    except ValueError as e:
        print(type(e).__name__, e)
    print(pool.map(inc, [1, 2, 3]))
    pool.close()
    print(pool)
    for call in (lambda: pool.map(inc, [1]), lambda: pool.apply_async(inc, (1,)), lambda: pool.imap(inc, [1])):
        try:
            call()
        except ValueError as e:
            print(type(e).__name__, e)
    pool.join()
    print("joined")
    pool.terminate()
    print(pool)

    with mp.Pool(2) as p2:
        print(p2.apply(inc, (41,)))
    print(p2)
    try:
        p2.map(inc, [1])
    except ValueError as e:
        print(type(e).__name__, e)
    p2.join()

    p3 = mp.Pool(1)
    p3.terminate()
    p3.join()
    print(p3)
    try:
        with p3:
            pass
    except ValueError as e:
        print(type(e).__name__, e)
