# A three-stage pipeline: parse -> square -> collect, with sentinels and bounded queues.
import queue
import threading

STOP = object()
raw = queue.Queue(maxsize=5)
parsed = queue.Queue(maxsize=5)
results = queue.Queue()

def parse():
    while True:
        item = raw.get()
        if item is STOP:
            parsed.put(STOP)
            return
        parsed.put(int(item))

def square():
    while True:
        item = parsed.get()
        if item is STOP:
            results.put(STOP)
            return
        results.put(item * item)

stages = [threading.Thread(target=parse, name="parse"), threading.Thread(target=square, name="square")]
for t in stages:
    t.start()
for i in range(100):
    raw.put(str(i))
raw.put(STOP)
collected = []
while True:
    r = results.get()
    if r is STOP:
        break
    collected.append(r)
for t in stages:
    t.join()
print(len(collected), collected[:5], collected[-1], sum(collected))
print(collected == [i * i for i in range(100)])
print(raw.empty(), parsed.empty(), results.empty())
