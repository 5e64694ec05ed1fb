# Closure late binding in loops, default-argument capture, and closures over loop variables in comprehensions.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make(i):
    return lambda: i * 10
print([make(i)() for i in range(4)])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
def outer():
    fns = []
    x = 1
    fns.append(lambda: x)
    x = 2
    fns.append(lambda: x)
    return fns
print([f() for f in outer()])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
handlers = {}
for name in ["start", "stop"]:
    def handler(event, name=name):
        return f"{name} handled {event}"
    handlers[name] = handler
print(handlers["start"]("e1"), handlers["stop"]("e2"))
