# Uncaught AttributeError from a misspelled method name: CPython 3.11 suggests the closest attribute; caught errors print no suggestion.
import sys
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
acct = Account("ann")
acct.deposit(5)
print(acct.balance)
items = [3, 1, 2]
try:
    items.apend(4)
except AttributeError as e:
    print("caught:", e)
def report():
    total_count = 3
    return totl_count
try:
    report()
except NameError as e:
    print("caught:", e)
acct.deposti(3)
