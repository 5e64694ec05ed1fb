# Locals that may be read before assignment keep Python's UnboundLocalError.
def maybe(flag):
    if flag:
        x = 1
    try:
        return x + 1
    except UnboundLocalError as e:
        return str(e)


def after_loop(n):
    for i in range(n):
        pass
    try:
        return i * 2
    except UnboundLocalError as e:
        return str(e)


def in_loop(n):
    total = 0
    for i in range(n):
        if i > 0:
            total += last
        last = i
    return total


print(maybe(True), maybe(False))
print(after_loop(3), after_loop(0))
print(in_loop(5))
