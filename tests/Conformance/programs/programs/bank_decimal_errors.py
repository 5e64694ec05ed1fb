# Bank accounts with custom exceptions, decimal money and a transaction log.
from decimal import Decimal, ROUND_HALF_UP
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount
class FrozenAccount(BankError):
    pass
class Account:
    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.frozen = False
        self.log = []
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        self.balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))
    def add_interest(self, rate):
        interest = (self.balance * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.balance += interest
        return interest
a = Account("ann", "100.00")
b = Account("bob")
ops = [(a.deposit, "50.25"), (a.withdraw, "500"), (b.deposit, "-3"), (b.deposit, "19.999"), (a.withdraw, "0.25")]
for op, amt in ops:
    try:
        op(amt)
        print("ok", op.__name__, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount, isinstance(e, BankError))
    except (ValueError, BankError) as e:
        print(type(e).__name__, e)
print(a.balance, b.balance, a.add_interest("0.035"), a.balance)
b.frozen = True
try:
    b.withdraw("1")
except BankError as e:
    print(repr(e), e.args)
print(a.log)
print(sum((amt for kind, amt in a.log if kind == "dep"), Decimal(0)), Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(3))
print(Decimal("19.999").quantize(Decimal("0.01")), round(Decimal("2.675"), 2), Decimal("1e3").normalize(), f"{Decimal('1234.5'):,.2f}")
