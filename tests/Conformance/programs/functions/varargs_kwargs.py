# *args and **kwargs: collecting, forwarding, unpacking at call sites, and mixing with normal parameters.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5})
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("item", size=3, color="red"), describe("empty"))
def wrapper(*args, **kwargs):
    print("forwarding", args, kwargs)
    return describe(*args, **kwargs)
print(wrapper("w", z=1))
point = {"x": 1, "y": 2}
def dist(x, y):
    return (x * x + y * y) ** 0.5
print(dist(**point), dist(*[3, 4]), dist(*(6,), **{"y": 8}))
print(*[1, 2, 3], sep="-")
print(*"abc", *range(3))
merged = {**point, "z": 3, **{"x": 10}}
print(merged, [*range(3), *"ab"], (*[1], 2))
try:
    dist(**{"x": 1, "q": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
