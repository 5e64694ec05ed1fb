# Private names (__x) are mangled in class bodies: method definitions, class attributes, annotations and
# attribute access all use _Class__x, so a subclass's __x does not collide with its base's.
class Account:
    __count = 0
    __rate: float = 0.5

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__audit("open")

    def __audit(self, what):
        print("audit", what, self.__owner)

    @classmethod
    def count(cls):
        return cls.__count

    def rate(self):
        return self.__rate


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__audit("savings")

    def __audit(self, what):
        print("savings audit", what)


a = Account("ann")
s = Savings("bob")
print(Account.count(), a.rate(), sorted(k for k in vars(Account) if k.startswith("_Account")))
print(sorted(k for k in vars(Savings) if not k.startswith("__")), Account.__annotations__)
print(hasattr(a, "__owner"), a._Account__owner, s._Account__owner)
try:
    a.__audit("x")
except AttributeError as e:
    print("AttributeError:", e)


class _Hidden:
    def __m(self):
        return "m"

    def call(self):
        return self.__m(), "_Hidden__m" in vars(_Hidden)


print(_Hidden().call())
