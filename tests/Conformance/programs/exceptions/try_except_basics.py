# try/except/else/finally ordering, multiple except clauses, tuple of types, bare re-raise and finally with return.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide by zero")
        return None
    except TypeError as e:
        print("  bad types:", e)
        return None
    else:
        print("  no exception")
        return result
    finally:
        print("  finally runs")
print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))
def parse(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out
print(parse(["1", "x", None, "3", 4.7]))
def finally_return():
    try:
        return "from try"
    finally:
        print("  finally before return")
print(finally_return())
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())
def reraise():
    try:
        {}["k"]
    except KeyError:
        print("  logging and re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("caught again:", repr(e))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    try:
        raise ValueError("inner")
    finally:
        print("  inner finally")
except ValueError as e:
    print("outer caught", e)
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("NameError:", ex)
