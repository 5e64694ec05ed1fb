# wait(FIRST_EXCEPTION): returns when a future raises; without exceptions it waits for all.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, Future


def task(gate, value):
    gate.result()
    if value < 0:
        raise ArithmeticError(value)
    return value


gates = [Future() for _ in range(3)]
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, gates[0], 1), ex.submit(task, gates[1], -2), ex.submit(task, gates[2], 3)]
    gates[0].set_result(None)
    fs[0].result()
    # A finished future without exception does not end the wait.
    done, not_done = wait(fs, timeout=0.05, return_when=FIRST_EXCEPTION)
    print(sorted(fs.index(f) for f in done), sorted(fs.index(f) for f in not_done))
    gates[1].set_result(None)
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(sorted(fs.index(f) for f in done), sorted(fs.index(f) for f in not_done))
    failed = [f for f in done if f.exception() is not None]
    print(len(failed), type(failed[0].exception()).__name__, failed[0].exception())
    gates[2].set_result(None)

# No exception at all: equivalent to ALL_COMPLETED.
ok = []
for i in range(3):
    f = Future()
    f.set_result(i)
    ok.append(f)
done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
# An already failed future returns at once, even with pending ones.
bad = Future()
bad.set_exception(OSError("disk"))
pending = Future()
done, not_done = wait([bad, pending], return_when=FIRST_EXCEPTION)
print(done == {bad}, not_done == {pending})
# A cancelled future is not an exception.
c = Future()
c.cancel()
c.set_running_or_notify_cancel()
done, not_done = wait([c, pending], timeout=0.01, return_when=FIRST_EXCEPTION)
print(len(done), len(not_done))
