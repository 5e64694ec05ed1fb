# Bank simulation: accounts with interest and fees, transfers with rollback, monthly statements, seeded random activity.
import random
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0, rate=0.0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner, self.balance, self.rate = owner, balance, rate
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.log.append(("wd", amount))
    def month_end(self):
        interest = round(self.balance * self.rate / 12)
        if interest:
            self.balance += interest
            self.log.append(("int", interest))
    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0, rate=0.0):
        a = Account(owner, balance, rate)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.balance += amount
            a.log.pop()
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open("alice", 5000, 0.03)
bob = bank.open("bob", 1200)
carol = bank.open("carol", 300, 0.05)
rng = random.Random(2024)
ids = list(bank.accounts)
for month in range(1, 4):
    for _ in range(5):
        src, dst = rng.sample(ids, 2)
        amount = rng.randint(1, 20) * 50
        try:
            bank.transfer(src, dst, amount)
            print(f"m{month}: {src}->{dst} {amount}")
        except InsufficientFunds as e:
            print(f"m{month}: declined ({e})")
    for acct in bank.accounts.values():
        acct.month_end()
    print(f"end of month {month}:", list(bank.accounts.values()), "total", bank.total())
try:
    bank.transfer(alice.id, bob.id, 0)
except ValueError as e:
    print("ValueError:", e, "| alice still has", alice.balance)
for acct in bank.accounts.values():
    deps = sum(v for k, v in acct.log if k == "dep")
    wds = sum(v for k, v in acct.log if k == "wd")
    ints = sum(v for k, v in acct.log if k == "int")
    print(f"{acct.owner:<6} in={deps:>6} out={wds:>6} interest={ints:>4} final={acct.balance:>6}")
