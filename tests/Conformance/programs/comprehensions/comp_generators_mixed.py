# Comprehensions consuming generators and generator expressions inside comprehensions; nested generator laziness order.
def numbers(n):
    for i in range(n):
        print(f"  yield {i}")
        yield i
print([x * 10 for x in numbers(3)])
gen = (x + 1 for x in numbers(3))
print("generator created")
print({x: x * x for x in gen})
print([sum(1 for c in word if c in "aeiou") for word in ["banana", "sky", "queue"]])
matrix = [[1, 2], [3, 4], [5, 6]]
print([max(row) for row in matrix], max(sum(row) for row in matrix), {min(r) for r in matrix})
lazy = ((i, j) for i in range(3) for j in range(i))
print(next(lazy), next(lazy), list(lazy))
nested = [[x * y for x in range(1, 4)] for y in (v for v in range(1, 4) if v != 2)]
print(nested)
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}), any(x > 4 for row in matrix for x in row))
