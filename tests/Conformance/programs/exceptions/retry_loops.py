# Exceptions driving control flow: retry loops with counters, EAFP dictionary access, and exceptions inside comprehensions.
attempts = iter([ConnectionError("timeout"), ConnectionError("refused"), "data!"])
def fetch():
    r = next(attempts)
    if isinstance(r, Exception):
        raise r
    return r
for attempt in range(1, 5):
    try:
        result = fetch()
    except ConnectionError as e:
        print(f"attempt {attempt}: {e}")
    else:
        print(f"attempt {attempt}: got {result}")
        break
else:
    print("gave up")
config = {"port": "8080", "debug": "yes"}
def get_int(key, default):
    try:
        return int(config[key])
    except KeyError:
        return default
    except ValueError:
        print(f"  {key}={config[key]!r} is not an int")
        return default
print(get_int("port", 80), get_int("workers", 4), get_int("debug", 0))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(10, d) for d in (1, 2, 0, 4)])
def to_numbers(items):
    out, errors = [], []
    for it in items:
        try:
            out.append(float(it))
        except (TypeError, ValueError) as e:
            errors.append(f"{it!r}: {type(e).__name__}")
    return out, errors
print(to_numbers(["1.5", None, "x", 3, "1e2", [1]]))
try:
    values = [1 / x for x in (2, 1, 0)]
except ZeroDivisionError as e:
    print("comprehension raised:", e)
stack = [1, 2]
while True:
    try:
        print("popped", stack.pop())
    except IndexError:
        print("stack empty")
        break
