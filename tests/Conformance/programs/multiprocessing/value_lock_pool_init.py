# Value/Array with get_lock() across processes, lock=False raw values, a Value handed to pool workers by the initializer.
import multiprocessing as mp

def add(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += 1

def init(shared):
    global SHARED
    SHARED = shared

def read(_):
    return SHARED.value

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    arr = mp.Array("d", [0.5, 1.5, 2.5])
    ps = [mp.Process(target=add, args=(counter, arr, 100)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:], len(arr))
    raw = mp.Value("i", 7, lock=False)
    print(type(raw).__name__, raw.value, hasattr(raw, "get_lock"))
    with mp.Pool(2, initializer=init, initargs=(counter,)) as pool:
        print(pool.map(read, range(3)))
    c = mp.Array("c", b"hi")
    print(c.value, c[:])
    try:
        mp.Value("q", 1).value = "x"
    except TypeError as e:
        print("TypeError", e)
    print(mp.Value("b", 300 - 256).value, mp.Array("i", 3)[:])
