# Uncaught IndexError raised inside a generator consumed by a for loop.
def pairs(values):
    for i in range(0, len(values), 2):
        yield values[i], values[i + 1]
def describe(a, b):
    return f"{a} + {b} = {a + b}"
even = [1, 2, 3, 4]
print([describe(a, b) for a, b in pairs(even)])
totals = []
for a, b in pairs([10, 20, 30, 40, 50, 60]):
    totals.append(a + b)
print("totals", totals)
odd = [1, 2, 3, 4, 5]
print("pairing an odd-length list")
for a, b in pairs(odd):
    print(describe(a, b))
print("not reached")
