# Instances shared between threads: each thread stores its own attributes on the same objects (first stores
# race to add keys to the shared layout) and rewrites them, while one thread reads __dict__; no store is lost.
import threading


class Box:
    def __init__(self, name):
        self.name = name


boxes = [Box(n) for n in "abcd"]
start = threading.Barrier(4)


def work(k):
    start.wait()
    for i in range(3000):
        b = boxes[i % 4]
        if k == 0:
            b.t0 = i
        elif k == 1:
            b.t1 = i
        elif k == 2:
            b.t2 = i
        else:
            b.t3 = i
        if k == 3 and i == 1500:
            print(sorted(vars(boxes[0]))[:1])


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for b in boxes:
    print(b.name, b.t0, b.t1, b.t2, b.t3, list(vars(b))[0])
