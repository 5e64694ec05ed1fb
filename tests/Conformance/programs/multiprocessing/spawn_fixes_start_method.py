# A spawn context's Pool or Process asks for the start method, which fixes the default context: set_start_method then fails.
import multiprocessing as mp

def square(x):
    return x * x

if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        print(method, ctx.get_start_method())
        with ctx.Pool(2) as pool:
            print(pool.map(square, range(5)))
        q = ctx.Queue()
        p = ctx.Process(target=q.put, args=(method,))
        p.start()
        p.join()
        print(q.get(), p.exitcode)
        print(type(p).__name__)
    print(sorted(mp.get_all_start_methods()))
    try:
        mp.get_context("nope")
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError", e)
    print(mp.get_start_method())
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("RuntimeError", e)
    mp.set_start_method("fork", force=True)
    print(mp.get_start_method())
