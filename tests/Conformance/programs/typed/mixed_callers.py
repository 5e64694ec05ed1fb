# A function with a typed specialisation is also called with a str, a float, a list and a bool.
def double(x):
    return x + x


def scale(x, k):
    total = x * k
    return total - 1


def describe(n):
    if n > 10:
        return "big"
    return n


print(double(21))
print(double("ab"))
print(double(1.25))
print(double([1, 2]))
print(double(True))
print(scale(3, 4), scale("x", 3) if False else scale(2.5, 2), scale(True, 3))
print(describe(5), describe(50), describe(5.5))
fns = [double, scale]
print(fns[0](10), fns[1](2, 3))
print(list(map(double, [1, 2, 3])))
