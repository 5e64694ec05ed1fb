# Thread with target, args and kwargs; results collected and printed in order.
import threading

results = {}

def work(key, a, b=0, *, scale=1):
    results[key] = (a + b) * scale

threads = [
    threading.Thread(target=work, args=("x", 1)),
    threading.Thread(target=work, args=("y", 2, 3)),
    threading.Thread(target=work, args=("z", 4), kwargs={"b": 5, "scale": 10}),
    threading.Thread(target=work, args=["w", 7], kwargs={"scale": 2}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])

# No target: run() does nothing.
t = threading.Thread()
t.start()
t.join()
print("no target ok", t.is_alive())

# A lambda and a callable object as targets.
box = []
t = threading.Thread(target=lambda: box.append("lambda"))
t.start(); t.join()

class Adder:
    def __call__(self, n):
        box.append(n + 1)

t = threading.Thread(target=Adder(), args=(41,))
t.start(); t.join()
print(box)
