# return/break/continue inside finally (discarding a pending exception or return value), nested routed tries, typed functions, generators, and the pending exception seen from finally.
def g():
    for i in range(5):
        try:
            yield i
            if i == 3:
                return
        finally:
            print("fin", i)
            if i == 1:
                continue
def typed(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == 2:
                return total
            total += i
        finally:
            if i == 2:
                total = 100
                return total + 1
    return total
def ctx():
    import sys
    try:
        try:
            1/0
        finally:
            print("exc_info in finally:", sys.exc_info()[0].__name__)
    except ZeroDivisionError as e:
        print("ctx", e.__context__)
def nested():
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 2:
                    break
                print("body", i)
            finally:
                print("inner", i)
                if i == 1:
                    return "from inner finally"
        finally:
            print("outer", i)
    return "end"
def swallow():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(list(g()))
print(typed(5))
ctx()
print(nested())
print(swallow())
def reraise_ctx():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
reraise_ctx()
while True:
    try:
        break
    finally:
        print("module finally")
