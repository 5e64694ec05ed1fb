# yield from delegates next/send/throw/close to the subgenerator; exceptions the subgenerator does not handle propagate to the outer one.
def worker(name):
    print(f"  {name} started")
    try:
        while True:
            try:
                msg = yield f"{name} ready"
                print(f"  {name} got {msg!r}")
            except ValueError as e:
                print(f"  {name} handled ValueError({e})")
    finally:
        print(f"  {name} finalized")
def supervisor():
    try:
        yield from worker("w1")
    except KeyError as e:
        print(f"  supervisor caught KeyError({e})")
        yield "supervisor recovered"
    finally:
        print("  supervisor finalized")
s = supervisor()
print(next(s))
print(s.send("job-1"))
print(s.throw(ValueError("bad input")))
print(s.throw(KeyError("fatal")))
s.close()
print("--- close delegation")
s2 = supervisor()
next(s2)
s2.close()
print("--- iterables")
def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, (3, [4])], "ab", [[[]]], 5])))
def counted(iterable):
    n = yield from ((x, i) for i, x in enumerate(iterable))
    return n
print(list(counted("xyz")))
