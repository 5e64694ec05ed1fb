# imap yields in input order, imap_unordered yields every result once; next() with a timeout.
import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        it = pool.imap(cube, range(8))
        print(type(it).__name__)
        print(next(it), next(it))
        print(list(it))
        un = pool.imap_unordered(cube, range(8))
        print(type(un).__name__, sorted(un))
        it2 = pool.imap(cube, [2, 3])
        print(it2.next(timeout=30), it2.next(timeout=30))
        try:
            it2.next()
        except StopIteration:
            print("StopIteration")
        print(list(pool.imap(cube, [])))
