# as_completed yields each future as it completes: the order the gates open.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future


def task(gate, name):
    gate.result()
    return name


names = ["a", "b", "c", "d"]
gates = [Future() for _ in names]
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(task, g, n) for g, n in zip(gates, names)]
    iterator = as_completed(fs)
    print(type(iterator).__name__)
    order = []
    for opened in [2, 0, 3, 1]:
        gates[opened].set_result(None)
        f = next(iterator)
        order.append(f.result())
    print(order)
    print(next(iterator, "exhausted"))

# Futures already done when iteration starts come first.
done = Future()
done.set_result("early")
late = Future()
seen = []
it = as_completed([late, done])
first = next(it)
seen.append(first.result())
late.set_result("late")
seen.append(next(it).result())
print(seen)
# Duplicates are yielded once; cancelled-and-notified futures count as completed.
c = Future()
c.cancel()
c.set_running_or_notify_cancel()
got = list(as_completed([done, done, c, late, c]))
print(len(got), sum(1 for f in got if f.cancelled()))
print(list(as_completed([])))
