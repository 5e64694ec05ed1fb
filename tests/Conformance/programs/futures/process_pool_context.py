# ProcessPoolExecutor with mp_context and max_tasks_per_child; their argument errors.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

state = []

def add(x):
    state.append(x)
    return (x, len(state))

def cube(x):
    return x ** 3

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print(list(ex.map(cube, range(6))))
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, max_tasks_per_child=2) as ex:
        res = [ex.submit(add, i).result() for i in range(5)]
    print(res)
    print(state)
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=0)
    except ValueError as e:
        print("ValueError", e)
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2, mp_context=mp.get_context("fork"))
    except ValueError as e:
        print("ValueError", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError", e)
    with ProcessPoolExecutor(2, mp_context=mp.get_context("fork")) as ex:
        f = ex.submit(cube, 4)
        print(f.result())
