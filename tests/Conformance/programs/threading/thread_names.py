# Thread names: Thread-N, " (target)" suffix, counter shared with Timer, explicit and non-str names.
import threading

def job():
    pass

a = threading.Thread(target=job)
b = threading.Thread()
c = threading.Thread(target=job, name="custom")
d = threading.Timer(10, job)
e = threading.Thread(target=lambda: None)
f = threading.Thread(name=12345)
g = threading.Thread(target=print)
print(a.name)
print(b.name)
print(c.name)
print(d.name)
print(e.name)
print(f.name, type(f.name).__name__)
print(g.name)

a.name = "renamed"
print(a.name)
a.name = 3.5
print(repr(a.name))

seen = []
def report():
    seen.append(threading.current_thread().name)

t = threading.Thread(target=report, name="reporter")
t.start()
t.join()
print(seen)

class Named(threading.Thread):
    pass

print(Named().name)
print(threading.Thread(target=job, name="").name)
print(threading.main_thread().name)
