# multiprocessing.Pool: starmap, starmap_async, imap_unordered (sorted), apply_async kwds, map_async callback.
import multiprocessing as mp

def power(base, exp):
    return base ** exp

def label(x, prefix="n"):
    return f"{prefix}{x}"

def square(x):
    return x * x

def check(x):
    if x == 3:
        raise ArithmeticError("three")
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (5, 0)]))
        r = pool.starmap_async(power, [(2, i) for i in range(5)], chunksize=2)
        print(r.get(timeout=10), r.ready(), r.successful())
        print(sorted(pool.imap_unordered(square, range(7), chunksize=3)))
        print(list(pool.imap(square, range(5))))
        a = pool.apply_async(label, (7,), {"prefix": "item-"})
        print(a.get())
        seen = []
        m = pool.map_async(square, [1, 2, 3], callback=seen.append)
        m.wait()
        print(m.get(), seen)
        errs = []
        bad = pool.map_async(check, range(5), error_callback=lambda e: errs.append(repr(e)))
        bad.wait()
        print(bad.successful(), errs)
        try:
            bad.get()
        except ArithmeticError as e:
            print("re-raised", repr(e))
        it = pool.imap(check, range(5))
        out = []
        try:
            for v in it:
                out.append(v)
        except ArithmeticError as e:
            print("imap stopped at", out, e)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
