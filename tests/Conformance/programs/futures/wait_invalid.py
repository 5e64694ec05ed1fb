# wait() argument handling: invalid return_when, duplicates, timeouts, the result namedtuple.
from concurrent.futures import Future, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
from concurrent.futures._base import DoneAndNotDoneFutures

pending = Future()
try:
    wait([pending], return_when="SOMETIMES")
except ValueError as e:
    print(type(e).__name__, e)
try:
    wait([pending], timeout=0, return_when=None)
except ValueError as e:
    print(type(e).__name__, e)

# When everything is done already, the condition is not checked (as in CPython).
done = Future()
done.set_result(1)
r = wait([done], return_when="SOMETIMES")
print(r.done == {done}, r.not_done)

# Duplicates count once; a timeout leaves the pending one in not_done.
r = wait([pending, pending, done, done], timeout=0.01)
print(len(r.done), len(r.not_done), pending in r.not_done)
print(isinstance(r, DoneAndNotDoneFutures), isinstance(r, tuple), len(r))
print(DoneAndNotDoneFutures._fields)
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
r2 = DoneAndNotDoneFutures({1}, {2})
print(r2, r2.done, r2.not_done)
# Any iterable of futures works.
r = wait((f for f in [done]), timeout=0)
print(len(r.done))
r = wait({done: 1}, timeout=0)
print(len(r.done))
