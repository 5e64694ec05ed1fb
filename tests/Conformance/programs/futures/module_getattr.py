# concurrent.futures exports and its lazy executors (module __getattr__, PEP 562).
import concurrent.futures
import concurrent.futures as cf

print(cf.__all__)
print(sorted(dir(cf))[:3])
te = cf.ThreadPoolExecutor
print(te.__name__, te.__module__)
print(cf.ThreadPoolExecutor is te)
from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor is te)
from concurrent.futures.thread import ThreadPoolExecutor as direct
print(direct is te)
print(issubclass(te, cf.Executor))
print(cf.Future.__name__, cf.Future.__module__, cf.wait.__name__, cf.as_completed.__name__)
try:
    cf.NoSuchThing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from concurrent.futures import NoSuchThing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(hasattr(cf, "Missing"), hasattr(cf, "wait"))
print(getattr(cf, "Missing", "default"))
print(concurrent.futures.FIRST_COMPLETED)
