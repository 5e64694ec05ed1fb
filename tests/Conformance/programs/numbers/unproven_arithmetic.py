# Arithmetic on values the translator cannot prove to be numbers (read from lists, attributes and calls), stored
# in locals that are only ever assigned arithmetic: floats, ints, mixed, strings, lists, user types and errors.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __mul__(self, k):
        return Money(self.cents * k)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


def combine(values, k):
    a, b = values[0], values[1]
    total = a * k + b * k
    acc = a - b
    acc += total * 2
    acc -= b / k if k else b
    ratio = -(a + b) / (k + 1)
    return total, acc, ratio, total < acc, acc >= total


for values, k in [([1.5, 2.25], 2), ([3, 4], 5), ([2 ** 62, 2 ** 62], 4), ([True, 2.0], 3), ([0.1, 0.2], 0),
                  ([float("inf"), 1.0], 1), ([-0.0, 0.0], 1)]:
    print(combine(values, k))


def text(parts):
    s = parts[0] + parts[1]
    s += parts[2] * 2
    return s


print(text(["ab", "cd", "e"]), text([[1], [2], [3]]))
m = Money(5)
print(combine([m, Money(7)], 1) if False else (m + Money(7)) * 2)


def grow(items):
    acc = items[0] * 1
    acc += items[1]
    return acc


print(grow([[1, 2], [3]]), grow([Money(1), Money(2)]), grow([2.5, 1]))


def errors(xs):
    out = []
    for make in (lambda: xs[0] / xs[1] + 1.0, lambda: xs[0] // xs[1] * 2.0, lambda: xs[0] % xs[1] - 1,
                 lambda: (xs[2] * 1.0) ** 0.5 + 0, lambda: (xs[3] * 1.0) ** xs[3] + 0, lambda: xs[4] + xs[0] * 2):
        try:
            out.append(make())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


print(errors([1.0, 0.0, -8.0, 1e10, "s"]))
print(errors([7.5, 2.0, 16.0, 2.0, None]))


def compare(xs):
    a = xs[0] * 1.0
    b = xs[1] + 0
    return [a < b, a <= b, a == b, a != b, a > b, a >= b, a * 1 == b * 1]


big = 2 ** 53 + 1
print(compare([float(big), big]), compare([float("nan"), 1]), compare([2.0, 2]), compare([-0.0, 0]))


def loop(points):
    e = 0.0
    for p in points:
        d = p[0] * p[0] + p[1] * p[1]
        if d:
            e += d ** 0.5 / len(points)
        e -= p[1] % 3
    return e, d


print(loop([(3.0, 4.0), (1, 1), (0, 0), (-2.5, 7)]))
