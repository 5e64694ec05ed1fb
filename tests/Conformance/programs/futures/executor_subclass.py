# Executor is a plain base class: a subclass that runs work at once gets map and the context manager.
from concurrent.futures import Executor, Future, ThreadPoolExecutor


class InlineExecutor(Executor):
    def __init__(self):
        self.calls = 0
        self.closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self.closed:
            raise RuntimeError("closed")
        self.calls += 1
        future = Future()
        if not future.set_running_or_notify_cancel():
            return future
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:
            future.set_exception(e)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.closed = True
        print("shutdown", wait, cancel_futures)


with InlineExecutor() as ex:
    print(isinstance(ex, Executor), type(ex).__name__)
    print(ex.submit(divmod, 17, 5).result())
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    print(ex.submit(lambda **kw: sorted(kw), fn=1, self=2).result())
    f = ex.submit(int, "x")
    print(type(f.exception()).__name__)
print(ex.calls, ex.closed)

# The base class's submit is abstract; shutdown does nothing.
base = Executor()
try:
    base.submit(print)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
print(base.shutdown(), base.__enter__() is base)


# Subclassing ThreadPoolExecutor to wrap submit.
class CountingPool(ThreadPoolExecutor):
    submitted = 0

    def submit(self, fn, /, *args, **kwargs):
        CountingPool.submitted += 1
        return super().submit(fn, *args, **kwargs)


with CountingPool(max_workers=2) as pool:
    print(list(pool.map(str, range(4))))
    print(pool.submit(len, [1, 2]).result())
print(CountingPool.submitted, isinstance(pool, Executor))
