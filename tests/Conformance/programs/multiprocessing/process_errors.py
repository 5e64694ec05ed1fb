# Process misuse: CPython's assertions and messages.
import multiprocessing as mp


def noop():
    pass


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (AssertionError, ValueError) as e:
        print(label, type(e).__name__, e)


if __name__ == "__main__":
    p = mp.Process(target=noop)
    attempt("join before start", p.join)
    attempt("name int", lambda: setattr(p, "name", 5))
    attempt("group", lambda: mp.Process(group=1))
    p.start()
    attempt("start twice", p.start)
    attempt("daemon after start", lambda: setattr(p, "daemon", True))
    p.join()
    attempt("join again", p.join)
    p.close()
    attempt("after close", p.is_alive)
    attempt("exitcode after close", lambda: p.exitcode)
    attempt("close twice", p.close)
    q = mp.Process(target=noop)
    q.close()
    attempt("start closed", q.start)
