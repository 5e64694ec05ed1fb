# wait() and result() timeouts on pool futures held back by a gate; afterwards everything completes.
from concurrent.futures import ThreadPoolExecutor, Future, wait, FIRST_COMPLETED

gate = Future()


def task(i):
    if i % 2:
        gate.result()
    return i


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(task, i) for i in range(4)]
    fs[0].result()
    fs[2].result()
    done, not_done = wait(fs, timeout=0.05)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait([fs[1], fs[3]], timeout=0.01, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    try:
        fs[1].result(timeout=0.01)
    except TimeoutError:
        print("fs[1] still pending:", fs[1].done(), fs[1].running())
    gate.set_result(None)
    done, not_done = wait(fs, timeout=60)
    print(sorted(f.result() for f in done), len(not_done))
