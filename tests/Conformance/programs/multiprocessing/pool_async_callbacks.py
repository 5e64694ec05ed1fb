# apply_async and map_async with callback and error_callback; get, wait, ready, successful.
import multiprocessing as mp


def double(x):
    return 2 * x


def fail(x):
    raise ValueError("bad value %r" % (x,))


if __name__ == "__main__":
    seen = []
    errors = []
    with mp.Pool(2) as pool:
        results = [pool.apply_async(double, (i,), callback=seen.append) for i in range(5)]
        print([r.get() for r in results])
        print(sorted(seen))
        bad = pool.apply_async(fail, (7,), error_callback=lambda e: errors.append(repr(e)))
        bad.wait()
        print(bad.ready(), bad.successful(), errors)
        try:
            bad.get()
        except ValueError as e:
            print("get raised", type(e).__name__, e)
        m = pool.map_async(double, range(6), callback=lambda v: seen.append(("all", v)))
        print(m.get(timeout=30), m.successful())
        print(seen[-1])
        m2 = pool.map_async(fail, [1], error_callback=lambda e: errors.append(str(e)))
        m2.wait()
        print(m2.successful(), errors[-1])
        print(type(m).__name__, type(bad).__name__, isinstance(m, mp.pool.AsyncResult))
