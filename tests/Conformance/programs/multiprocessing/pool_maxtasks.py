# maxtasksperchild: a worker exits after that many tasks and the pool starts a new one.
import multiprocessing as mp


def name_of(_):
    return mp.current_process().name


if __name__ == "__main__":
    with mp.Pool(2, maxtasksperchild=1) as pool:
        names = [pool.apply(name_of, (i,)) for i in range(4)]
        print(len(set(names)), all(n.startswith("ForkPoolWorker-") for n in names))
    with mp.Pool(1, maxtasksperchild=2) as pool:
        names = [pool.apply(name_of, (i,)) for i in range(6)]
        print(len(set(names)), names[0] == names[1], names[1] != names[2])
    try:
        mp.Pool(1, maxtasksperchild="x")
    except ValueError as e:
        print(type(e).__name__, e)
