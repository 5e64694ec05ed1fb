# ident/native_id: None before start, set after, equal to get_ident() inside the thread, distinct.
import threading

t = threading.Thread(target=lambda: None)
print(t.ident, t.native_id)

inside = {}
ready = threading.Barrier(4)

def record(i):
    inside[i] = (threading.get_ident(), threading.get_native_id(), threading.current_thread())
    ready.wait()   # keep all threads alive together, so idents are distinct

threads = [threading.Thread(target=record, args=(i,)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()

for i, th in enumerate(threads):
    ident, native, current = inside[i]
    print(i, th.ident == ident, current is th, isinstance(th.ident, int), isinstance(native, int), th.native_id == native)
print(len({th.ident for th in threads}))
print(threading.get_ident() == threading.main_thread().ident)
print(threading.get_ident() not in {th.ident for th in threads})
print(type(threading.get_native_id()).__name__)
