# A plain class constructed often (its construction cached), then called with a missing argument: CPython's
# TypeError naming __init__, and a traceback through the calling frames only.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


def build(n):
    return [Pair(i, i + 1) for i in range(n)]


print(sum(p.total() for p in build(100)))


def broken(k):
    return Pair(k)


broken(3)
