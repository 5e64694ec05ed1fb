# Function factories and closures capturing configuration: validators, formatters, and a tiny event bus.
def make_range_validator(lo, hi):
    def validate(x):
        return lo <= x <= hi
    validate.__name__ = f"between_{lo}_{hi}"
    return validate
percent = make_range_validator(0, 100)
print(percent.__name__, [percent(v) for v in (-1, 0, 50, 100, 101)])
def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt
money = make_formatter("$", 8)
print(repr(money(12.5)), repr(money("abc")))
def event_bus():
    listeners = {}
    def on(event, fn):
        listeners.setdefault(event, []).append(fn)
    def emit(event, *args):
        results = [fn(*args) for fn in listeners.get(event, [])]
        print(f"emit {event}{args} -> {results}")
    return on, emit
on, emit = event_bus()
on("greet", lambda n: f"hello {n}")
on("greet", lambda n: len(n))
on("bye", lambda: "goodbye")
emit("greet", "sam")
emit("bye")
emit("nobody")
def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
            print("  step ->", value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def running_max():
    best = None
    def update(x):
        nonlocal best
        if best is None or x > best:
            best = x
        return best
    return update
rm = running_max()
print([rm(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
