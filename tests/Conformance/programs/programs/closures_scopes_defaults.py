# Closures, nonlocal/global, decorators with arguments, walrus, comprehension scoping, default-argument traps.
counter_total = 0
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        global counter_total
        count += step
        counter_total += 1
        return count
    return inc
a, b = make_counter(), make_counter(10, 5)
print(a(), a(), b(), a(), counter_total)
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.times = times
        return wrapper
    return deco
@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("ann"), greet("bob", punct="?")[0], greet.times)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
funcs = [lambda: i for i in range(3)]
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], [f() for f in funcs2])
data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], [(k, v) for k in "ab" for v in range(2) if v or k == "b"])
x = "outer"
def scopes():
    x = "enclosing"
    def inner():
        return x
    class C:
        x = "class"
        y = [x for _ in range(1)]
        def m(self):
            return x
    return inner(), C.x, C.y, C().m()
print(scopes())
def gen_closures():
    return {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print({k: f() for k, f in gen_closures().items()})
def outer():
    val = []
    def add(v):
        val.append(v)
        return len(val)
    def get():
        return tuple(val)
    return add, get
add, get = outer()
add(1); add("two")
print(get(), add.__name__, add.__qualname__)
try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print("NameError:", e)
def uses_before():
    try:
        print(local_var)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    local_var = 1
uses_before()
