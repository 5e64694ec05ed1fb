# Comparison operators: chained comparisons, mixed numeric types, sequence ordering, is vs ==, in.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 2, 1 == 1.0 != 2)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(0) < val(5), calls)
calls.clear()
print(val(1) < val(2) < val(3), calls)
print(1 == 1.0, 1 == True, 0.5 < 1 < 1.5, -0.0 == 0, 2 ** 60 == 2.0 ** 60, 10 ** 20 < 1e21)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], "b" > "abc", (1, "a") < (1, "b"), [] < [0])
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, type(a) is list)
print(2 in [1, 2], "x" not in "abc", 3 in {3: 0}, 5 in range(0, 10, 5), 10 in range(0, 10, 5))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", [1] == (1,), {} == [], None == 0)
print(max(3, 7, 5), min("apple", "Apple"), sorted([3, 1.5, 2]))
values = [0, 5, 10, 15]
print([v for v in values if 0 < v <= 10])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if 70 <= s < 80 else "F"
print([grade(s) for s in (95, 85, 75, 65, 80)])
