# Properties: computed getters, validating setters, deleters, read-only properties and property objects.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        print(f"  set celsius to {value}")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, Circle.area.fget(c), Circle.area.fset)
class Account:
    def _get(self):
        return self._balance
    def _set(self, v):
        self._balance = max(0, v)
    balance = property(_get, _set, doc="never negative")
a = Account()
a.balance = -10
print(a.balance, Account.balance.__doc__)
a.balance = 50
print(a.balance)
