# Stateful decorators built from closures: call counting, rate limiting by a fake clock, retry with attempts, caching by args.
import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def greet(name):
    return "hi " + name
greet("a"); greet("b")
print(greet.calls, greet.__name__)
clock = [0]
def rate_limited(max_per_tick):
    def deco(fn):
        state = {"tick": None, "count": 0}
        @functools.wraps(fn)
        def wrapper(*args):
            if state["tick"] != clock[0]:
                state["tick"], state["count"] = clock[0], 0
            if state["count"] >= max_per_tick:
                return f"rate limited at tick {clock[0]}"
            state["count"] += 1
            return fn(*args)
        return wrapper
    return deco
@rate_limited(2)
def ping(n):
    return f"pong {n}"
for t in range(2):
    clock[0] = t
    print([ping(i) for i in range(3)])
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco
outcomes = iter([ValueError("flaky"), ValueError("still flaky"), "ok"])
@retry(3)
def unstable():
    o = next(outcomes)
    if isinstance(o, Exception):
        raise o
    return o
print(unstable())
@retry(2)
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
