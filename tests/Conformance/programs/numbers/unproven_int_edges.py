# Unproven int and float arithmetic at the edges: 64-bit overflow into big ints, floor division and modulo signs,
# zero divisors, int/float mixes and exact comparisons, with operands read from a list so nothing is proven.
values = [0, 1, -1, 7, -7, 2, 3, 2 ** 31, -(2 ** 31), 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64,
          0.5, -2.5, 1e308, float("inf"), float("nan"), 2 ** 53 + 1]


def ops(pair):
    a, b = pair[0], pair[1]
    out = []
    for name in ("add", "sub", "mul", "div", "floordiv", "mod", "pow"):
        try:
            if name == "add":
                r = a + b + 0
            elif name == "sub":
                r = a - b - 0
            elif name == "mul":
                r = a * b * 1
            elif name == "div":
                r = a / b + 0
            elif name == "floordiv":
                r = a // b + 0
            elif name == "mod":
                r = a % b + 0
            elif abs(b) < 70 if isinstance(b, int) else abs(b) < 3:
                r = (a + 0) ** b
            else:
                r = "skip"
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            r = type(e).__name__
        out.append(r)
    acc = a * 1
    acc += b
    acc -= 1
    out.append(acc)
    out.append([a + 0 < b + 0, a + 0 <= b * 1, a * 1 == b + 0, -a > -b, a - 0 >= b - 0])
    return out


checksum = 0
for i, a in enumerate(values):
    for j, b in enumerate(values):
        line = ops([a, b])
        if i % 3 == 0 or j % 4 == 1:
            print(a, b, line)
        checksum = (checksum * 31 + hash(repr(line)) % 1000003) % (2 ** 61 - 1) if False else checksum + len(repr(line))
print("checksum", checksum)
