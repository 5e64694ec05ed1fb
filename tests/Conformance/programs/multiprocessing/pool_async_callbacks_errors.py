# Pool async results: map_async/apply_async callbacks and error callbacks, ready/successful/wait, use after close.
import multiprocessing as mp

def square(x):
    return x * x

def fail(x):
    raise ValueError("no %d" % x)

if __name__ == "__main__":
    results, errors = [], []
    with mp.Pool(2) as pool:
        r = pool.map_async(square, range(5), callback=results.append, error_callback=errors.append)
        r.wait()
        a = [pool.apply_async(square, (i,), callback=results.append) for i in range(3)]
        for x in a: x.wait()
        e = pool.apply_async(fail, (1,), error_callback=lambda exc: errors.append(repr(exc)))
        e.wait()
        m = pool.map_async(fail, [4], error_callback=lambda exc: errors.append(str(exc)))
        m.wait()
        print(m.successful())
        pool.close()
        pool.join()
    print(results[0], sorted(results[1:]))
    print(errors)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError", e)
