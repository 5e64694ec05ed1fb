# Programs tag futures with their own attributes (CPython's Future is a plain Python class) and read
# them back after as_completed or in a done callback.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading


def fetch(url):
    if "bad" in url:
        raise ConnectionError(f"refused: {url}")
    return len(url)


seen = []
seen_lock = threading.Lock()


def on_done(fut):
    with seen_lock:
        seen.append((fut.url, fut.exception() is None))


urls = ["http://a.example", "http://bad.example", "http://ccc.example"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = []
    for u in urls:
        f = pool.submit(fetch, u)
        f.url = u
        f.attempt = 1
        f.add_done_callback(on_done)
        futs.append(f)
    rows = []
    for f in as_completed(futs):
        try:
            rows.append((f.url, f.result()))
        except ConnectionError as e:
            rows.append((f.url, str(e)))
print(sorted(rows))
print(sorted(seen))

f = futs[0]
print(f.__dict__["url"], getattr(f, "attempt"), hasattr(f, "missing"))
f.attempt += 1
print(f.attempt)
del f.attempt
print(hasattr(f, "attempt"))
try:
    del f.attempt
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.nothing
except AttributeError as e:
    print("AttributeError:", e)
g = Future()
setattr(g, "job_id", 7)
g.set_result("ok")
print(g.job_id, g.result(), g.done())
