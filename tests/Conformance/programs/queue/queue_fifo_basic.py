# Queue: FIFO order, qsize/empty/full, put_nowait/get_nowait, unbounded by default.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
q.put_nowait("x")
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.get(timeout=1))
print(q.qsize(), q.empty())
q0 = queue.Queue(0)
q1 = queue.Queue(-3)
for i in range(1000):
    q1.put(i)
print(q0.full(), q1.full(), q1.qsize())
print(queue.__all__)
print(isinstance(q, queue.Queue), type(q).__name__)
