# Generic aliases of the concurrency classes in annotations: Queue[int], SimpleQueue[int], Future[str], AsyncResult[int].
import queue, threading
from concurrent.futures import Future, ThreadPoolExecutor
import multiprocessing.pool

def produce(q: queue.Queue[int], n: int) -> None:
    for i in range(n):
        q.put(i)

def consume(q: "queue.Queue[int]", out: list[int]) -> None:
    while (item := q.get()) is not None:
        out.append(item)

q: queue.Queue[int] = queue.Queue()
out: list[int] = []
t = threading.Thread(target=consume, args=(q, out))
t.start()
produce(q, 5)
q.put(None)
t.join()
print(out)
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple[int, str]])
print(queue.SimpleQueue[int])
print(Future[int])
f: Future[str] = Future()
print(type(f).__name__)
print(multiprocessing.pool.AsyncResult[int] if hasattr(multiprocessing.pool.AsyncResult, "__class_getitem__") else "no")
alias = queue.Queue[int]
print(alias.__origin__ is queue.Queue, alias.__args__)
inst = alias()
inst.put(3)
print(type(inst).__name__, inst.get())
import contextvars
cv: contextvars.ContextVar[int] = contextvars.ContextVar("cv", default=1)
print(contextvars.ContextVar[int], contextvars.Token[str], cv.get())
import multiprocessing.queues, multiprocessing.managers
print(multiprocessing.queues.SimpleQueue[int], multiprocessing.managers.ValueProxy[int])
