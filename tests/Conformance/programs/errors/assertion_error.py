# Uncaught AssertionError with a message after some passing checks.
def mean(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)
print(mean([1, 2, 3]))
print(mean([10]))
print(mean([]))
