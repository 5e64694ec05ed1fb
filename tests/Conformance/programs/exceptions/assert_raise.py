# assert statements with and without messages, raising classes vs instances, and exception objects as values.
def mean(values):
    assert values, "mean of empty list"
    assert all(isinstance(v, (int, float)) for v in values)
    return sum(values) / len(values)
print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    mean([1, "2"])
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("with message")
except ValueError as e:
    print(repr(e))
exc = KeyError("stored")
try:
    raise exc
except KeyError as e:
    print(e is exc)
errors = [TypeError("t"), ValueError("v"), IndexError("i")]
for err in errors:
    try:
        raise err
    except (TypeError, IndexError) as e:
        print("handled", type(e).__name__, e)
    except Exception as e:
        print("generic", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
def check_positive(n):
    if n <= 0:
        raise ValueError(f"expected positive, got {n}")
    return n
print([check_positive(n) for n in (1, 2)])
try:
    [check_positive(n) for n in (3, 0, 5)]
except ValueError as e:
    print("ValueError:", e)
