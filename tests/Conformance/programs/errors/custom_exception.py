# Uncaught custom exception with extra fields and a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"cannot withdraw {self.amount}: balance is {self.balance}"
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print("withdrew", amount, "now", self.balance)
acct = Account(100)
acct.withdraw(30)
acct.withdraw(50)
acct.withdraw(40)
