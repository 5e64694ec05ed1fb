# finally with break/continue/return in loops, nested try blocks, and cleanup order when exceptions propagate.
def process(items):
    log = []
    for x in items:
        try:
            if x == "skip":
                continue
            if x == "stop":
                break
            if x == "bad":
                raise ValueError(x)
            log.append(f"ok {x}")
        except ValueError as e:
            log.append(f"error {e}")
        finally:
            log.append(f"cleanup {x}")
    return log
for line in process(["a", "skip", "bad", "b", "stop", "c"]):
    print(line)
def nested():
    try:
        print("  outer try")
        try:
            print("  inner try")
            raise KeyError("k")
        except ValueError:
            print("  not this one")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  outer except", repr(e))
    finally:
        print("  outer finally")
nested()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in gen():
    print("got", v)
    break
print("after break")
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  finally n =", n)
print(counter())
def swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
    return "unreachable?"
try:
    print(swallow())
except RuntimeError as e:
    print("RuntimeError escaped:", e)
