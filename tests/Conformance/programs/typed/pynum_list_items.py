# Arithmetic over list items the inference cannot type (PyNum): floats and ints unboxed, everything else dynamic.
import math


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __repr__(self):
        return f"Acc({self.v!r})"


def mixed(items, n):
    total = 0
    for i in range(n):
        total += items[i] * items[i] - items[i] // 1 if i % 2 == 0 else items[i] + 1
    return total


def overflow(xs):
    a = xs[0] * xs[1]
    b = xs[0] + xs[0]
    c = -xs[0] - xs[0]
    d = xs[2] * xs[2] * xs[2]
    return a, b, c, d


def powers(xs):
    out = []
    for i in range(len(xs)):
        x = xs[i]
        for e in (0.5, -1.0, 2.0, 1e308, -1e308, math.inf, -math.inf, math.nan):
            try:
                r = x ** e + 0.0
                out.append(repr(r))
            except (OverflowError, ZeroDivisionError, ValueError) as exc:
                out.append(type(exc).__name__)
    return out


def in_place(xs):
    for i in range(len(xs)):
        xs[i] += xs[i] * 2
        xs[i] -= 1
        xs[i] *= 3
        xs[i] /= 2
    return xs


def in_place_objects(xs):
    xs[0] += [4]
    xs[1] += "!" * 2
    xs[2] += 5
    xs[3] *= 2
    return xs


def division_errors(xs):
    out = []
    for i in range(len(xs)):
        for op in range(3):
            try:
                if op == 0:
                    out.append(xs[i] / xs[0])
                elif op == 1:
                    xs[i] /= xs[0]
                    out.append(xs[i])
                else:
                    out.append(xs[i] % xs[0] + xs[i] // xs[0])
            except ZeroDivisionError as exc:
                out.append(str(exc))
    return out


def negative_index(xs):
    s = 0.0
    for _ in range(3):
        s += xs[-1] * xs[-2] - xs[0]
        xs[-1] -= 0.5
    return s, xs


print(mixed([1.5, 2, 3.25, 4, -5.5, 6], 6))
print(overflow([2 ** 62, 4, 3_000_000]))
print(overflow([-(2 ** 62), 2, -3_000_000]))
print(powers([2.0, 0.5, 1.0, 0.0, -8.0, 1e-300, math.inf]))
print(in_place([1, 2.5, -3, 2 ** 62]))
print(in_place_objects([[1, 2], "hi", Acc(1), (1,)]))
print(division_errors([0.0, 1.0, 0]))
print(division_errors([0, 7, -7.5]))
print(negative_index([1.0, 2.0, 3.0]))
try:
    print(negative_index([]))
except IndexError as exc:
    print("IndexError", exc)
try:
    in_place_objects([None, None, None, None])
except TypeError as exc:
    print("TypeError", exc)
