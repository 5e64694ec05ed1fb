# initializer/initargs run once in each worker, in the worker's own copy of the module globals.
import multiprocessing as mp

prefix = "unset"
calls = 0


def init(value):
    global prefix
    prefix = value


def label(x):
    global calls
    calls += 1
    return "%s-%d" % (prefix, x)


if __name__ == "__main__":
    with mp.Pool(2, initializer=init, initargs=("w",)) as pool:
        print(pool.map(label, range(6)))
    print("parent prefix", prefix, "calls", calls)
    with mp.Pool(1, init, ("solo",)) as pool:
        print(pool.apply(label, (9,)))
    print(prefix, calls)
