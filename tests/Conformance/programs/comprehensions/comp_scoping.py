# Comprehension scoping: loop variables do not leak, class-body scoping, walrus leaks, shadowing outer names.
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
print([x for x in "ab"], x)
i = 100
gen = (i for i in range(3))
print(list(gen), i)
total = 10
print([total + n for n in range(3)])
class Config:
    base = 10
    values = [n for n in range(3)]
    doubled = [n * 2 for n in values]
    try:
        shifted = [n + base for n in range(3)]
    except NameError as e:
        shifted = f"NameError: {e}"
print(Config.values, Config.doubled, Config.shifted)
print([last := n for n in range(5)], last)
matrix = [[1, 2], [3, 4]]
flat = [n for row in matrix for n in row]
try:
    print(row)
except NameError as e:
    print("NameError:", e)
print(flat)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
n = "module n"
print([n for n in range(2)], n)
print({k: v for k, v in [("a", 1)]}, {k for k in "ab"} == {"a", "b"})
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
