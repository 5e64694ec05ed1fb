# Timer: runs the function with args after the interval; cancel stops it; it is a Thread.
import threading

out = []
done = threading.Event()

def fire(a, b=0):
    out.append(a + b)
    done.set()

t = threading.Timer(0.01, fire, args=(1,), kwargs={"b": 2})
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs)
t.start()
print(done.wait(10))
t.join()
print(out, t.finished.is_set(), t.is_alive())

c = threading.Timer(60, fire, args=(100,))
c.start()
c.cancel()
c.join()
print("cancelled:", out, c.finished.is_set())

before = threading.Timer(60, fire, (5,))
before.cancel()
before.start()
before.join()
print("cancel before start:", out)

z = threading.Timer(0, fire, [7])
z.start()
z.join()
print(out)
d = threading.Timer(1, print)
print(d.args, d.kwargs, d.daemon)

class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
            if len(out) >= 6:
                self.finished.set()

r = Repeat(0.001, out.append, args=("tick",))
r.start()
r.join()
print(out)
