# Comprehensions calling functions and methods: parsing records, nested conditional expressions, zip/enumerate inside, sorting results.
rows = ["ann,31,dev", "bob,45,ops", "cy,,qa", "di,28,dev", "bad row", "ed,52,ops"]
parsed = [r.split(",") for r in rows if r.count(",") == 2]
print(parsed)
people = [{"name": n.title(), "age": int(a) if a else None, "team": t.upper()} for n, a, t in parsed]
print(people)
print([p["name"] for p in people if p["age"] is not None and p["age"] > 30])
teams = {t: sorted(p["name"] for p in people if p["team"] == t) for t in sorted({p["team"] for p in people})}
print(teams)
print({p["name"]: ("senior" if p["age"] >= 45 else "mid" if p["age"] >= 30 else "junior") if p["age"] else "unknown" for p in people})
ages = [p["age"] for p in people if p["age"]]
print(sum(ages) / len(ages), max(ages) - min(ages))
matrix = [[(r + 1) * (c + 1) for c in range(4)] for r in range(3)]
print([[f"{v:>2}" for v in row] for row in matrix])
print([", ".join(f"{i}:{v}" for i, v in enumerate(row)) for row in matrix])
print([a * b for a, b in zip(matrix[0], matrix[2])])
print(sorted([w for line in ["b a", "d c a"] for w in line.split()], key=lambda w: (-ord(w), w)))
print([len(set(word)) for word in "hello world letters".split()])
