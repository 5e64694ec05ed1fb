# Vending machine state machine with an Enum of states, coin handling, change making and a transaction log.
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    OUT_OF_ORDER = auto()
class VendingError(Exception):
    pass
class Machine:
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.credit = 0
        self.float = {c: 5 for c in self.COINS}
        self.log = []
    def insert(self, coin):
        if self.state is State.OUT_OF_ORDER:
            raise VendingError("machine out of order")
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.credit += coin
        self.float[coin] += 1
        self.state = State.COLLECTING
        return self.credit
    def change(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c and self.float[c] > 0:
                amount -= c
                self.float[c] -= 1
                out.append(c)
        if amount:
            raise VendingError("cannot make change")
        return out
    def select(self, item):
        if item not in self.stock:
            raise VendingError(f"unknown item {item}")
        price, count = self.stock[item]
        if count == 0:
            raise VendingError(f"{item} sold out")
        if self.credit < price:
            raise VendingError(f"{item} costs {price}, credit {self.credit}")
        coins = self.change(self.credit - price)
        self.stock[item] = (price, count - 1)
        self.log.append((item, price, coins))
        self.credit = 0
        self.state = State.IDLE
        if all(c == 0 for _, c in self.stock.values()):
            self.state = State.OUT_OF_ORDER
        return coins
    def refund(self):
        coins = self.change(self.credit)
        self.credit = 0
        self.state = State.IDLE
        return coins
m = Machine({"cola": (120, 2), "chips": (85, 1), "gum": (35, 1)})
actions = [("insert", 100), ("insert", 50), ("select", "cola"), ("insert", 3), ("insert", 20), ("select", "chips"),
           ("insert", 100), ("select", "chips"), ("select", "water"), ("refund",), ("insert", 200), ("select", "cola"),
           ("insert", 50), ("select", "gum"), ("insert", 10)]
for act in actions:
    try:
        result = getattr(m, act[0])(*act[1:])
        print(f"{act!s:<22} -> {result!s:<18} state={m.state.name} credit={m.credit}")
    except VendingError as e:
        print(f"{act!s:<22} !! {e} (state={m.state.name})")
print(m.log)
print(m.stock, sum(c * n for c, n in m.float.items()))
