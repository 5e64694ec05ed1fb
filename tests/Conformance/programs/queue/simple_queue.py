# SimpleQueue: put/get, empty/qsize, Empty, timeout rules, put never blocks.
import queue
import re

s = queue.SimpleQueue()
print(type(s).__name__, type(s).__module__, re.sub("0x[0-9a-f]+", "ADDR", repr(s)))
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False)
s.put(3, timeout=5)
s.put_nowait(4)
print(s.qsize(), s.empty())
print(s.get(), s.get(False), s.get(timeout=0), s.get_nowait())
for label, call in (("get_nowait", s.get_nowait), ("get(False)", lambda: s.get(False)),
                    ("get(timeout=0.01)", lambda: s.get(timeout=0.01)),
                    ("get(block=False, timeout=3)", lambda: s.get(block=False, timeout=3))):
    try:
        call()
    except queue.Empty as e:
        print(label, "->", type(e).__name__)
for bad in (-1, -0.001):
    try:
        s.get(timeout=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.get(timeout="soon")
except TypeError as e:
    print(type(e).__name__, e)
try:
    queue.SimpleQueue(5)
except TypeError as e:
    print(type(e).__name__, e)
s.put(None)
print(s.get())
print(queue.Empty is type(queue.Empty()) and queue.Empty.__module__)
