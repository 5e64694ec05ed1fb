# Functions rebound at run time: the typed entry must not be used for the new object.
def inc(n):
    return n + 1


def twice(n):
    return inc(n) * 2


print(twice(3))


def rebind():
    global inc
    inc = lambda n: str(n) + "!"


rebind()
print(twice(3))


def square(n):
    return n * n


def total(k):
    s = 0
    for i in range(k):
        s += square(i)
    return s


print(total(5))
square = lambda n: n + 0.5
print(total(5))


def make():
    return 10


def use():
    return make() + 1


print(use())
del make
try:
    print(use())
except NameError as e:
    print("NameError:", e)
