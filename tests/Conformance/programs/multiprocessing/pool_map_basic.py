# Pool.map, starmap, apply and the default chunking over a range and a generator.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def describe(label, values):
    print(label, len(values), sum(values), values[:5])


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        describe("map range", pool.map(square, range(20)))
        describe("map list", pool.map(square, [3, 1, 2]))
        describe("map generator", pool.map(square, (i for i in range(7))))
        describe("map empty", pool.map(square, []))
        print("starmap", pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print("apply", pool.apply(add, (10, 5)))
        print("apply kwds", pool.apply(add, (), {"a": 1, "b": 2}))
        print("map builtin", pool.map(abs, [-1, -2, 3]))
        print("map str method", pool.map(str.upper, ["a", "bc"]))
    print("done")
