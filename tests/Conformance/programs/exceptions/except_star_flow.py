# except* with the rest of the language: module-level names unbound after a handler, generators, nested
# functions, loops and comprehensions inside handlers, finally blocks that return, break and continue.
try:
    raise ExceptionGroup("m", [ValueError(1)])
except* ValueError as err:
    print("in handler", repr(err))
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)

def gen():
    try:
        yield 1
    except* ValueError as e:
        yield ("caught", repr(e))
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))

def nested_fn():
    try:
        raise ExceptionGroup("m", [ValueError(1), TypeError(2)])
    except* ValueError:
        def inner():
            return "inner return ok"
        print(inner())
        for i in range(3):
            if i == 1:
                break
        print("loop in handler ok", i)
    except* TypeError:
        x = [j for j in range(3)]
        print(x)
nested_fn()

def f(fail):
    try:
        if fail:
            raise ExceptionGroup("m", [ValueError(1), KeyError(2)])
        return "body return"
    except* ValueError:
        print("handled value")
    finally:
        print("finally")
        if fail:
            return "finally swallowed the rest"
print(f(False)); print(f(True))

def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            raise ExceptionGroup("m", [ValueError(i)])
        except* ValueError as e:
            print("handled", repr(e))
        finally:
            print("finally", i)
    return i
print(g())
