# 8 threads append to one list and extend another at the same time: nothing is lost.
import threading

N = 8
PER = 20000
shared = []
extended = []
start = threading.Barrier(N)

def worker(k):
    start.wait()
    for i in range(PER):
        shared.append(k * PER + i)
        if i % 100 == 0:
            extended.extend((k, i))

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(set(shared)), sum(shared) == sum(range(N * PER)))
print(len(extended))
pairs = sorted(zip(extended[0::2], extended[1::2]))
print(len(pairs), pairs[:3], pairs[-1])
for k in range(N):
    mine = [x for x in shared if x // PER == k]
    assert mine == sorted(mine), k
print("per-thread order kept")
