# Module constants: names bound once to a literal, read as typed values in functions, and a read before the binding.
def early():
    try:
        return LIMIT * 2
    except NameError as e:
        return f"NameError: {e}"


print(early())
LIMIT = 10
SCALE = 0.5
NEG = -3
ON = True
W, H = 4, 3
PEAK: float = 2.5


def area(k):
    total = 0
    for i in range(W):
        for j in range(H):
            total += i * j * k
    return total * SCALE


def flags(n):
    return [ON and n > LIMIT, not ON, n + NEG, n < PEAK]


print(early())
print(area(2), area(3))
print(flags(5), flags(20), flags(2))
print(LIMIT // 3, LIMIT / 4, LIMIT % 7, -NEG, NEG ** 2, SCALE * W, ON + ON)
print(type(LIMIT).__name__, type(SCALE).__name__, type(ON).__name__, type(PEAK).__name__)
