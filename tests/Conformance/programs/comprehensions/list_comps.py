# List comprehensions: conditions, if/else in the expression, nested loops, nested comprehensions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == len(matrix) - 1 - matrix.index(row)])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([[i * j for j in range(1, 5)] for i in range(1, 5)])
words = ["Apple", "banana", "Cherry", "date"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words])
print([c for c in "Hello World" if c.isupper()], [ord(c) - 96 for c in "abc"])
print([(i, w) for i, w in enumerate(words, 1) if i % 2])
print([x + y for x, y in zip([1, 2, 3], [10, 20, 30])])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
print([sum(r) for r in matrix], sum([sum(r) for r in matrix]))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([[]for _ in range(2)], [None] * 2, [x for x in []])
