# Uncaught AssertionError with a message after some passing checks.
def mean(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)
def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)
datasets = {"small": [1, 2, 3], "single": [10], "spread": [2, 4, 4, 4, 5, 5, 7, 9]}
for name, values in datasets.items():
    print(f"{name}: mean={mean(values)} variance={variance(values)}")
try:
    mean([])
except AssertionError as e:
    print("caught once:", e)
assert variance([5, 5]) == 0, "constant data has no variance"
print("all checks passed so far")
print(mean([]))
