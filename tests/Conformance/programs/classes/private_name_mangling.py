# Private names in a class body are mangled like attribute names: `def __helper` binds `_C__helper`.
class Account:
    __count = 0
    __rate = 0.05

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__audit("open")

    def __audit(self, event):
        print(f"audit {event} {self.__owner} #{Account.__count}")

    def interest(self, amount):
        return amount * self.__rate

    __slots_hint = [n for n in ("a", "b")]
    del __slots_hint


class Savings(Account):
    __rate = 0.10

    def __init__(self, owner):
        super().__init__(owner)
        self.__audit()

    def __audit(self):
        print("savings audit", self._Account__owner)


a = Account("ann")
s = Savings("bob")
print(a.interest(100), s.interest(100))
print(sorted(k for k in vars(Account) if "__" in k and not k.endswith("__")))
print(sorted(k for k in vars(Savings) if "__" in k and not k.endswith("__")))
print(vars(a), Account._Account__count)
try:
    a.__audit("x")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Account, "__audit"), Account._Account__audit.__name__, Account._Account__audit.__qualname__)
