# A global read by typed code and changed by another function.
LIMIT = 5
STEP = 1


def bump():
    global LIMIT, STEP
    LIMIT = 8
    STEP = 0.5


def walk():
    i = 0
    count = 0
    while i < LIMIT:
        if i == 2:
            bump()
        i += 1
        count += STEP
    return count


print(walk())
print(LIMIT, STEP)


def scaled(n):
    return n * FACTOR


FACTOR = 3
print(scaled(4))
FACTOR = "ab"
print(scaled(2))
