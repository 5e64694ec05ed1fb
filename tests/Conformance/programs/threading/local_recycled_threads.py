# threading.local values never leak into a later thread, even when OS threads are reused.
import threading

data = threading.local()
leaks = []

def job(i):
    if hasattr(data, "value"):
        leaks.append((i, data.value))
    data.value = i

for i in range(30):
    t = threading.Thread(target=job, args=(i,))
    t.start()
    t.join()
print("leaks:", leaks)

class Cache(threading.local):
    def __init__(self):
        self.items = []

cache = Cache()
sizes = []
def fill(n):
    for k in range(n):
        cache.items.append(k)
    sizes.append(len(cache.items))
for n in (3, 1, 4, 1, 5):
    t = threading.Thread(target=fill, args=(n,))
    t.start()
    t.join()
print(sizes, cache.items)
