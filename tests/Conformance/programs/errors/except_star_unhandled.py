# What escapes a try ... except* statement, uncaught: a new exception from a handler and the unmatched rest,
# combined in a group without a traceback of its own (CPython's RERAISE adds no entry for the statement's frame).


def work():
    raise ExceptionGroup("jobs failed", [ValueError("job 1"), TypeError("job 2"), KeyError("job 3")])


def supervise():
    try:
        work()
    except* ValueError:
        print("logging the ValueError")
        raise RuntimeError("could not recover")
    except* TypeError:
        print("TypeError handled")


def main():
    supervise()


main()
