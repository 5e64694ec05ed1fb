# JoinableQueue: task_done/join across processes, and calling task_done too often.
import multiprocessing as mp


def worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * 3)
        tasks.task_done()


if __name__ == "__main__":
    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        tasks.put(i)
    tasks.join()
    print("all tasks done")
    print(sorted(results.get() for _ in range(10)))
    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    extra = mp.JoinableQueue()
    extra.put(1)
    extra.get()
    extra.task_done()
    try:
        extra.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
