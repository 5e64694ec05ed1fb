# With the spawn start method the process object is pickled: lambda targets fail in start(),
# module-level functions work, arguments arrive as copies.
import multiprocessing as mp
import re


def report(q, data):
    data.append("child")
    q.put(data)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    data = ["parent"]
    p = ctx.Process(target=report, args=(q, data))
    p.start()
    print(q.get(), data)
    p.join()
    print(p.exitcode)
    bad = ctx.Process(target=lambda: None)
    try:
        bad.start()
    except Exception as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
    with ctx.Pool(1) as pool:
        print(pool.apply(len, ("spawned",)))
        print(pool.apply(mp.current_process).name if False else pool.apply(str.title, ("pool worker",)))
