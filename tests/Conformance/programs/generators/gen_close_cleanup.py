# Generator cleanup: finally blocks on close(), on garbage after break in for, on exhaustion, and try/finally ordering.
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(f"  close {name}")
for item in resource("A"):
    print(item)
g = resource("B")
print(next(g))
g.close()
print("after close, gen is finished:", next(g, "exhausted"))
def tracked():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  finally in tracked")
t = tracked()
print(next(t))
t.close()
t.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "bad_close finished"))
def with_return():
    try:
        yield "only"
        return "result"
    finally:
        print("  finally before StopIteration")
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration value:", e.value)
