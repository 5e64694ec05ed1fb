# concurrent.futures.ProcessPoolExecutor: map (chunks travel as functools.partial, pickled by __reduce__) and submit with as_completed.
from concurrent.futures import ProcessPoolExecutor, as_completed
def sq(x):
    return x * x
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(6))))
        fs = [ex.submit(sq, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(fs)))
