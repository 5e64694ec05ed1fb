# Methods of native lock types looked up on the type: contextlib.ExitStack holding locks, unbound calls.
import contextlib
import threading
import queue
from collections import deque

locks = [threading.Lock(), threading.RLock()]
with contextlib.ExitStack() as stack:
    for l in locks:
        print("entered", stack.enter_context(l))
    print("held", locks[0].locked(), locks[1]._is_owned())
print("released", locks[0].locked(), locks[1]._is_owned())

LockType = type(threading.Lock())
lk = threading.Lock()
print(LockType.__name__, LockType.__module__, LockType.acquire(lk), LockType.locked(lk))
LockType.release(lk)
print(lk.locked(), callable(LockType.__exit__))
try:
    LockType.acquire(42)
except TypeError as e:
    print("TypeError:", e)

d = deque([1])
deque.append(d, 2)
deque.appendleft(d, 0)
print(d, deque.popleft(d), len(d))
sq = queue.SimpleQueue()
queue.SimpleQueue.put(sq, "x")
print(queue.SimpleQueue.get(sq), queue.SimpleQueue.empty(sq))

@contextlib.contextmanager
def holding(*ls):
    with contextlib.ExitStack() as st:
        yield [st.enter_context(x) for x in ls]
with holding(threading.Lock(), threading.Semaphore(2), threading.Condition()) as got:
    print("acquired all", got)
