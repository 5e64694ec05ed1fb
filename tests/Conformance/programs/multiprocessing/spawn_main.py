# With the spawn start method a child runs the main script again as __mp_main__ (its top-level
# code runs, the __main__ guard is skipped) and starts from the script's globals, not the parent's.
import multiprocessing as mp

LOADED_AS = __name__
SETTINGS = {"level": 0}


def report(tag):
    return (tag, __name__, LOADED_AS, SETTINGS["level"])


def child(q, tag):
    q.put(report(tag))


class Job:
    def __init__(self, n):
        self.n = n

    def run(self):
        return (type(self).__module__, self.n * 10, SETTINGS["level"])


def run_job(job):
    return job.run()


def start_and_collect(ctx, tag):
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q, tag))
    p.start()
    result = q.get()
    p.join()
    return result, p.exitcode


if __name__ == "__main__":
    SETTINGS["level"] = 7
    print(report("parent"))
    print(start_and_collect(mp.get_context("fork"), "forked"))
    print(start_and_collect(mp.get_context("spawn"), "spawned"))
    with mp.get_context("spawn").Pool(2) as pool:
        print(pool.map(report, ["pool-a", "pool-b"]))
        print(pool.map(run_job, [Job(1), Job(2)]))
    print(report("parent again"))
