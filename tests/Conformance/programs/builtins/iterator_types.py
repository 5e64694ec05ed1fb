# map, filter, zip, enumerate and reversed are types: isinstance, names, subclasses, argument errors.
m = map(str, [1, 2])
print(type(m), type(m).__name__, isinstance(m, map), map.__name__)
print(type(zip([1], [2])), type(enumerate([])), type(filter(None, [])))
print(type(reversed([1])).__name__, type(reversed((1, 2))).__name__, type(reversed(range(2))).__name__)
print(repr(m).startswith("<map object at 0x"), map, zip, filter, enumerate, reversed)
print(map.__mro__, isinstance(iter([]), map), isinstance(reversed("ab"), reversed))


class Pairs(zip):
    def __repr__(self):
        return "Pairs(...)"


p = Pairs("ab", [1, 2])
print(type(p).__name__, p, isinstance(p, zip), list(p))


class Counted(map):
    def __init__(self, *args):
        self.calls = 0

    def __next__(self):
        self.calls += 1
        return super().__next__()


c = Counted(abs, [-1, -2, -3])
print(list(c), c.calls)
print(list(enumerate("ab", start=5)), list(enumerate(iterable="xy", start=2**64)))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Backwards:
    def __reversed__(self):
        return iter("cba")


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)


print(list(reversed(Deck(["A", "K", "Q"]))), list(reversed(Backwards())), list(reversed(b"xyz")))
for bad in [lambda: reversed(5), lambda: reversed({1}), lambda: reversed(NotReversible()), lambda: reversed(),
            lambda: reversed([1], [2]), lambda: map(abs), lambda: map(abs, [1], k=1), lambda: filter(None),
            lambda: filter(None, [1], k=2), lambda: zip([1], foo=1), lambda: enumerate(), lambda: enumerate([], "a"),
            lambda: enumerate([1], 2, 3), lambda: enumerate([1], x=2), lambda: map(abs, 5), lambda: zip(1),
            lambda: list(zip([1, 2], [3], strict=True)), lambda: list(zip([1], [3, 4], strict=True)),
            lambda: list(zip([1], [2], [3, 4], strict=True)), lambda: map.__new__(int, abs, [])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
