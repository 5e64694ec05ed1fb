# Dict and set comprehensions: inversion, filtering, grouping counts, nested and conditional values.
words = ["apple", "bob", "kayak", "level", "python", "noon"]
lengths = {w: len(w) for w in words}
print(lengths)
print({w: w[::-1] == w for w in words})
print({k: v for k, v in lengths.items() if v > 4})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: x ** 2 for x in range(6)}, {x % 5 for x in range(20)}, {len(w) for w in words})
squares = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)}
print(squares)
print({n for n, divs in squares.items() if len(divs) == 2})
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], len(grid), list(grid)[:4])
scores = {"ann": 82, "bob": 67, "cy": 95, "di": 74}
grades = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D") for name, s in scores.items()}
print(grades)
print({g: [n for n, gg in grades.items() if gg == g] for g in sorted(set(grades.values()))})
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 3)}
print(nested)
print({i: c for i, c in enumerate("hello")}, dict(enumerate("hi")))
