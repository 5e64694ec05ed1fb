# threading.Timer: a timer cancelled before it fires never runs; one that fires gets its arguments;
# a "debounce" that cancels and restarts; timer names share the Thread-N counter.
import threading

fired = []
done = threading.Event()


def fire(tag, value=None):
    fired.append((tag, value))
    if tag == "last":
        done.set()


t1 = threading.Timer(30.0, fire, args=("never",))
print(t1.name, t1.daemon, t1.is_alive(), t1.interval)
t1.start()
print(t1.is_alive())
t1.cancel()
t1.join()
print("cancelled:", t1.is_alive(), t1.finished.is_set(), fired)

t2 = threading.Timer(0.01, fire, args=("quick",), kwargs={"value": 42})
t2.start()
t2.join()
print("after join:", fired, t2.finished.is_set())

# Debounce: every new event cancels the pending timer; only the last one fires.
pending = None
for i in range(5):
    if pending is not None:
        pending.cancel()
        pending.join()
    pending = threading.Timer(0.02 if i == 4 else 30.0, fire, args=("last",), kwargs={"value": i})
    pending.start()
done.wait(10)
pending.join()
print("debounced:", fired[-1], len(fired))

t3 = threading.Timer(0.0, fire, args=("zero",))
t3.cancel()  # cancelled before start: run() sees finished set and does nothing
t3.start()
t3.join()
print("zero fired:", any(tag == "zero" for tag, _ in fired))
try:
    t2.start()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.Thread(target=fire).name)


class Repeating(threading.Timer):
    def run(self):
        count = 0
        while not self.finished.wait(self.interval):
            count += 1
            self.function(*self.args)
            if count == 3:
                break
        print("repeating stopped after", count)


ticks = []
r = Repeating(0.005, ticks.append, args=("tick",))
r.start()
r.join()
print(ticks)
