# SimpleQueue shared by 6 threads: producers put, consumers get with timeouts; nothing lost.
import queue
import threading

s = queue.SimpleQueue()
N = 6
PER = 2000

def producer(k):
    for i in range(PER):
        s.put(k * PER + i)

ts = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
got = []
lock = threading.Lock()
def consumer():
    mine = []
    while True:
        try:
            mine.append(s.get(timeout=1))
        except queue.Empty:
            break
    with lock:
        got.extend(mine)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs:
    t.start()
for t in ts + cs:
    t.join()
print(len(got), sorted(got) == list(range(N * PER)), s.empty())

# A blocked get wakes when an item arrives.
entered = threading.Event()
out = []
def waiter():
    entered.set()
    out.append(s.get())
w = threading.Thread(target=waiter)
w.start()
entered.wait()
s.put("late")
w.join()
print(out)
