# Uncaught IndexError raised inside a generator consumed by a for loop.
def pairs(values):
    for i in range(0, len(values), 2):
        yield values[i], values[i + 1]
for a, b in pairs([1, 2, 3, 4, 5]):
    print(a, "+", b, "=", a + b)
