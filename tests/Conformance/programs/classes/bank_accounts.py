# An account hierarchy: abc, total_ordering, properties, class/static methods, custom exceptions, __hash__ = None.
from abc import ABC, abstractmethod
from functools import total_ordering

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

@total_ordering
class Account(ABC):
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @abstractmethod
    def kind(self): ...
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance == other._balance
    def __lt__(self, other):
        return self._balance < other._balance
    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:,.2f})"
    __hash__ = None

class Checking(Account):
    def kind(self):
        return "checking"

class Savings(Account):
    rate = 0.025
    def kind(self):
        return "savings"
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 100.0)
    @staticmethod
    def describe():
        return "Savings account at {:.1%}".format(Savings.rate)

accounts = [Checking("ann", 50), Savings("bob", 1200.5), Savings.with_bonus("cy"), Checking("dee", 3_000_000)]
for a in accounts:
    print(a, a.kind(), a.id)
print(sorted(accounts))
print(max(accounts), min(accounts, key=lambda a: a.owner))
print(accounts[0] == accounts[2], accounts[0] <= accounts[1], accounts[3] > accounts[1])
try:
    accounts[0].withdraw(75)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(accounts[1].add_interest(), accounts[1].balance)
print(Savings.describe())
try:
    Account("x")
except TypeError as e:
    print(e)
try:
    hash(accounts[0])
except TypeError as e:
    print(e)
accounts[2].deposit(10).withdraw(5).deposit(1.25)
print(accounts[2].history)
print(f"{accounts[3].balance:>15,.2f}|{accounts[0].owner:^9}|{accounts[1].id:03d}")
total = sum(a.balance for a in accounts)
print(f"total={total:.3e} {total!r}")
try:
    accounts[0].balance = 5
except AttributeError as e:
    print(e)
print(isinstance(accounts[1], Account), issubclass(Savings, ABC), Savings.__mro__)
