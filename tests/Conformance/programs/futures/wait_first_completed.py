# wait(FIRST_COMPLETED) returns as soon as one future is done; the gated ones stay not done.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, Future


def gated(gate, value):
    gate.result()
    return value


gates = [Future() for _ in range(3)]
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(gated, g, i) for i, g in enumerate(gates)]
    print(wait(fs, timeout=0.05, return_when=FIRST_COMPLETED).done == set())
    gates[1].set_result(None)
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print([fs.index(f) for f in done], sorted(fs.index(f) for f in not_done))
    print([f.result() for f in done])
    gates[0].set_result(None)
    gates[2].set_result(None)
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done) >= 1, len(done) + len(not_done))
    done, not_done = wait(fs)
    print(sorted(f.result() for f in done), not_done)

# A done future makes FIRST_COMPLETED return at once.
finished = Future()
finished.set_result("x")
pending = Future()
done, not_done = wait([pending, finished], return_when=FIRST_COMPLETED)
print(done == {finished}, not_done == {pending})
# A cancel counts as completion only once notified.
cancelled = Future()
cancelled.cancel()
done, not_done = wait([pending, cancelled], timeout=0.01, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
