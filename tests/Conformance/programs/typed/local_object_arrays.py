# Function-local lists of mixed or unproven elements that never escape (held as object arrays).
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, other)
        return isinstance(other, str) and other == self.name

    def __iadd__(self, other):
        self.name += str(other)
        return self


class Ctx:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return False


def mixed(n):
    xs = [0, "a", None, 2.5] * n
    xs[1] += "b"
    xs[0] += 1.5
    xs[-1] = xs[-1] * 2
    print(xs[0], xs[1], xs[2], xs[3], xs[-1], len(xs))
    xs[0], xs[1] = xs[1], xs[0]
    for xs[2] in ("p", "q"):
        pass
    with Ctx() as xs[3]:
        pass
    xs[4]: str = "annotated"
    print(xs[0], xs[1], xs[2], xs[3], xs[4])
    print("a" in xs, "ab" in xs, None not in xs, sum(1 for v in xs if v))
    for v in xs:
        if v is None:
            print("None found")
            break
    else:
        print("no None")


def shared(n):
    inner = [1]
    ys = [inner] * n
    ys[0] += [2]
    print(inner, ys[1], ys[0] is ys[-1])
    fs = [float("nan"), 1.0]
    fs[1] = fs[0]
    print(fs[0] in fs, fs[1] in fs, fs[0] == fs[1], fs[0] is fs[1])
    loud = Loud("x")
    zs = [loud, 3]
    print("x" in zs, "y" in zs, loud in zs)
    zs[0] += "z"
    zs[0] += 1
    zs[1] += 1
    print(loud.name, zs[0] is loud, zs[1])


def errors(n):
    xs = [None] * n
    try:
        xs[n] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[-n - 1] += 1
    except IndexError as e:
        print("IndexError:", e)
    xs[0] = xs[1] or 5
    xs[0] //= 2
    print(xs[0], xs[-1])
    empty = []
    print(len(empty), 1 in empty, sum(1 for v in empty if v))
    for v in empty:
        print("never")


mixed(2)
shared(3)
errors(2)
