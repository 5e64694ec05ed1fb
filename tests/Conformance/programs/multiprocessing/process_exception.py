# An uncaught exception in a child: "Process NAME:" and the traceback on stderr, exit code 1.
import multiprocessing as mp


def fail(n):
    raise ValueError("child failed with %d" % n)


if __name__ == "__main__":
    p = mp.Process(target=fail, args=(7,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
