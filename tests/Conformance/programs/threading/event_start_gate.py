# A start gate and a finish line: workers wait on an Event so they all begin together, report on a
# Condition-protected scoreboard, and the main thread waits for "all done" with wait_for.
import threading

start = threading.Event()
board = []
cond = threading.Condition()
N = 5


def runner(i):
    ready.release()
    start.wait()
    total = sum(range(i * 10000))
    with cond:
        board.append((i, total))
        cond.notify_all()


ready = threading.Semaphore(0)
threads = [threading.Thread(target=runner, args=(i,), name="Runner-%d" % i) for i in range(N)]
for t in threads:
    t.start()
for _ in range(N):
    ready.acquire()
print("all at the gate:", not start.is_set(), sum(t.is_alive() for t in threads))
start.set()
with cond:
    ok = cond.wait_for(lambda: len(board) == N, timeout=10)
print("finished:", ok, len(board))
for t in threads:
    t.join()
for i, total in sorted(board):
    print(i, total)
print(start.wait(0), start.is_set())
start.clear()
print(start.wait(0.01), start.is_set())
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
