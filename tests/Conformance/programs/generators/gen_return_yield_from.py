# Generator return values via StopIteration.value, yield from delegation of values, send() and return.
def inner():
    x = yield "inner-1"
    print("  inner received", x)
    y = yield "inner-2"
    print("  inner received", y)
    return f"inner result ({x}, {y})"
def outer():
    result = yield from inner()
    print("  outer got", result)
    z = yield "outer-1"
    print("  outer received", z)
    return "outer done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as stop:
    print("StopIteration value:", stop.value)
def gen_with_return():
    yield 1
    return 99
it = gen_with_return()
print(next(it))
try:
    next(it)
except StopIteration as s:
    print("returned", s.value, s.args)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree_walk(node, depth=0):
    yield "  " * depth + node["name"]
    for child in node.get("children", []):
        yield from tree_walk(child, depth + 1)
tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
for line in tree_walk(tree):
    print(line)
def delegating_thrower():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e!r}"
d = delegating_thrower()
print(next(d))
print(d.throw(KeyError("boom")))
def summing():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def collector(results):
    while True:
        results.append((yield from summing()))
res = []
c = collector(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)
