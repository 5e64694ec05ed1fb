# Library system: abstract base classes, __slots__, class/static methods, __contains__/__iter__/__len__, context managers.
from abc import ABC, abstractmethod
from contextlib import contextmanager, suppress
import itertools
class Item(ABC):
    _ids = itertools.count(1)
    def __init__(self, title, year):
        self.id = next(Item._ids)
        self.title, self.year = title, year
    @abstractmethod
    def loan_days(self): ...
    def __str__(self):
        return f"#{self.id} {self.title} ({self.year})"
    def __repr__(self):
        return f"<{type(self).__name__} {self.id}>"
class Book(Item):
    def loan_days(self):
        return 21
class DVD(Item):
    __slots__ = ()
    def loan_days(self):
        return 7 if self.year > 2015 else 14
class Catalog:
    def __init__(self):
        self._items = {}
    def add(self, item):
        self._items[item.id] = item
        return self
    def __contains__(self, title):
        return any(i.title == title for i in self._items.values())
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: (i.year, i.title)))
    def __len__(self):
        return len(self._items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return list(self)[key]
        return self._items[key]
    @staticmethod
    def normalize(t):
        return " ".join(t.split()).title()
    @classmethod
    def of(cls, *items):
        c = cls()
        for i in items:
            c.add(i)
        return c
try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)
cat = Catalog.of(Book("Dune", 1965), DVD("Arrival", 2016), Book("Emma", 1815), DVD("Alien", 1979))
print(len(cat), "Dune" in cat, "Heat" in cat, [str(i) for i in cat], cat[1:3], cat[2])
print([(i.title, i.loan_days()) for i in cat], Catalog.normalize("  the  great   gatsby "))
@contextmanager
def checkout(item, log):
    log.append(f"out {item.id}")
    try:
        yield item.loan_days()
    except KeyError as e:
        log.append(f"error {e}")
        raise
    finally:
        log.append(f"in {item.id}")
log = []
with checkout(cat[1], log) as days:
    log.append(f"days {days}")
try:
    with checkout(cat[2], log):
        raise KeyError("lost")
except KeyError:
    log.append("handled")
with suppress(ZeroDivisionError):
    1 / 0
print(log)
class Timer:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is ValueError
with Timer() as t:
    raise ValueError("swallowed")
print("after", type(t).__name__, isinstance(cat[1], Item), issubclass(DVD, ABC), DVD.__slots__, hasattr(cat[2], "__dict__"))
try:
    cat[99]
except KeyError as e:
    print("KeyError", e)
