# Pool(maxtasksperchild): workers replaced after N tasks start with fresh module state; invalid arguments.
import multiprocessing as mp
import os

counter = 0

def work(x):
    global counter
    counter += 1
    return (x, counter)

if __name__ == "__main__":
    with mp.Pool(1, maxtasksperchild=2) as pool:
        res = pool.map(work, range(6), chunksize=1)
    print(res)
    with mp.Pool(1) as pool:
        res = pool.map(work, range(6), chunksize=1)
    print(res)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.Pool(1, maxtasksperchild=-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError", e)
