# Future[int] is a generic alias (Future.__class_getitem__), usable in annotations evaluated at def time.
from concurrent.futures import Future, ThreadPoolExecutor

alias = Future[int]
print(alias)
print(alias.__origin__ is Future, alias.__args__)
print(Future[str, int].__args__)


def start(executor: ThreadPoolExecutor, value: int) -> Future[int]:
    return executor.submit(lambda: value * 3)


with ThreadPoolExecutor(1) as ex:
    f: Future[int] = start(ex, 14)
    print(f.result(), isinstance(f, Future), type(f).__name__)
print(Future.__name__, Future.__qualname__)
