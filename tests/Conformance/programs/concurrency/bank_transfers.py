# Thread-safe counters and transfers: per-account locks taken in a fixed order (no deadlock), an
# unlocked counter shown only through its invariant, an RLock re-entered by nested calls.
import threading
import random


class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = threading.Lock()


class Bank:
    def __init__(self, n):
        self.accounts = [Account(i, 1000) for i in range(n)]
        self.audit_lock = threading.RLock()
        self.transfers = 0

    def transfer(self, a, b, amount):
        if a == b:
            return False
        first, second = sorted((self.accounts[a], self.accounts[b]), key=lambda acc: acc.ident)
        with first.lock, second.lock:
            src, dst = self.accounts[a], self.accounts[b]
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
        with self.audit_lock:
            self.count()
        return True

    def count(self):
        with self.audit_lock:  # re-entered from transfer
            self.transfers += 1

    def total(self):
        return sum(acc.balance for acc in self.accounts)


bank = Bank(5)
outcomes = []
outcomes_lock = threading.Lock()


def client(seed):
    rng = random.Random(seed)
    ok = 0
    for _ in range(300):
        if bank.transfer(rng.randrange(5), rng.randrange(5), rng.randrange(1, 200)):
            ok += 1
    with outcomes_lock:
        outcomes.append(ok)


threads = [threading.Thread(target=client, args=(seed,)) for seed in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total preserved:", bank.total() == 5000)
print("transfers counted:", bank.transfers == sum(outcomes), len(outcomes))
print("no negative balance:", all(acc.balance >= 0 for acc in bank.accounts))

counter = 0
counter_lock = threading.Lock()


def incr(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


workers = [threading.Thread(target=incr, args=(2500,)) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("counter:", counter)
rl = threading.RLock()
with rl:
    with rl:
        print("re-entered", repr(rl).split(" ")[1])
try:
    counter_lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
