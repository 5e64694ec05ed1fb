# A plain Lock may be released by a thread other than its owner, so two locks make a strict
# ping-pong between two threads: the output order is fixed whatever the scheduling.
import threading

ping = threading.Lock()
pong = threading.Lock()
pong.acquire()
log = []
ROUNDS = 5


def player(name, mine, theirs):
    for i in range(ROUNDS):
        mine.acquire()
        log.append(f"{name} {i}")
        theirs.release()


a = threading.Thread(target=player, args=("ping", ping, pong))
b = threading.Thread(target=player, args=("pong", pong, ping))
a.start()
b.start()
a.join()
b.join()
for line in log:
    print(line)
print("ping locked", ping.locked() if hasattr(ping, "locked") else ping.acquire(blocking=False) is False)

# A relay: each thread waits for its predecessor's lock and releases its own.
N = 6
gates = [threading.Lock() for _ in range(N + 1)]
for g in gates:
    g.acquire()
order = []


def relay(k):
    gates[k].acquire()
    order.append(k)
    gates[k + 1].release()


threads = [threading.Thread(target=relay, args=(k,)) for k in reversed(range(N))]
for t in threads:
    t.start()
gates[0].release()
gates[N].acquire()
for t in threads:
    t.join()
print("relay", order)
