# The exception classes of concurrent.futures, their bases, modules and names.
import concurrent.futures as cf
from concurrent.futures import _base, thread

for cls in [cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, thread.BrokenThreadPool, _base.Error]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])
print(cf.TimeoutError is TimeoutError, _base.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, _base.Error), issubclass(cf.BrokenExecutor, _base.Error))
print(cf.CancelledError.__doc__)
print(cf.BrokenExecutor.__doc__.strip())

# They can be raised, caught and subclassed like any exception.
class MyCancelled(cf.CancelledError):
    pass


try:
    raise MyCancelled("custom")
except cf.CancelledError as e:
    print(type(e).__name__, e, isinstance(e, Exception))

# A future can carry any of them.
f = cf.Future()
f.set_exception(cf.BrokenExecutor("broken"))
try:
    f.result()
except RuntimeError as e:
    print(type(e).__name__, e)
g = cf.Future()
g.set_exception(MyCancelled("inner"))
try:
    g.result()
except cf.CancelledError as e:
    print("caught", type(e).__name__, g.cancelled())
