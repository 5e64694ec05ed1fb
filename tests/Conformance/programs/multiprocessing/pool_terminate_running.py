# Pool.terminate() stops the workers: tasks that are running when it is called have no further effect
# (they print nothing more), tasks not started never run, and the map's result is never ready.
import multiprocessing as mp

started = None
go = None


def init(started_queue, go_queue):
    global started, go
    started, go = started_queue, go_queue


def task(i):
    started.put(i)
    go.get()
    print("task", i, "ran on after terminate")
    return i


if __name__ == "__main__":
    started_queue = mp.Queue()
    go_queue = mp.Queue()
    pool = mp.Pool(2, initializer=init, initargs=(started_queue, go_queue))
    result = pool.map_async(task, range(6), chunksize=1)
    running = sorted([started_queue.get(), started_queue.get()])
    print("running:", len(running))
    pool.terminate()
    # Had the workers not been stopped, this would let both running tasks go on.
    go_queue.put("go")
    go_queue.put("go")
    pool.join()
    print("ready:", result.ready())
    print("empty:", started_queue.empty())
    print("done")
