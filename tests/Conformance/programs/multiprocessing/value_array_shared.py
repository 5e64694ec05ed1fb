# Value and Array are shared: increments under get_lock from several processes are all seen.
import multiprocessing as mp


def add(counter, arr, index, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1
    arr[index] = index * index
    with arr.get_lock():
        arr[len(arr) - 1] += index


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    arr = mp.Array("i", 5)
    procs = [mp.Process(target=add, args=(counter, arr, i, 500)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value, arr[:], list(arr), len(arr))
    d = mp.Value("d", 1.5)
    d.value *= 2
    print(d, d.value, d.get_obj())
    raw = mp.Value("i", 7, lock=False)
    print(raw, raw.value)
    a2 = mp.Array("d", [0.5, 1.5])
    a2[0:2] = [2.0, 3]
    print(a2[:], a2[1], a2[-1])
    print(mp.RawArray("i", [1, 2, 3])[1:], mp.RawValue("l", 10))
