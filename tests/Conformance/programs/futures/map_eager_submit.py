# map() consumes its iterables and submits every call before returning; results are read lazily.
from concurrent.futures import ThreadPoolExecutor, Future

events = []


def numbers():
    for i in range(4):
        events.append(f"produce {i}")
        yield i


gate = Future()


def work(i):
    gate.result()
    return i * i


with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(work, numbers())
    events.append("map returned")
    print(events)
    gate.set_result(None)
    print(list(it))
    # Calling map with a non-callable fails only when the tasks run.
    bad = ex.map(42, [1, 2])
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    # zip semantics: nothing to do when one iterable is empty.
    print(list(ex.map(pow, [1, 2], [])))
