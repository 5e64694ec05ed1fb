# Sets for deduplication, membership tests and comparisons of collections; printing strings via sorted().
words = "to be or not to be that is the question".split()
unique = set(words)
print(len(words), len(unique), sorted(unique))
seen = set()
ordered_unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered_unique.append(w)
print(ordered_unique)
print(list(dict.fromkeys(words)))
a = set("hello world")
b = set("lower case")
print(sorted(a & b), sorted(a - b), sorted(a ^ b))
print("".join(sorted(set("mississippi"))))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes), primes == {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47})
emails = ["a@x.com", "B@x.com", "a@x.com", "b@x.com", "c@y.org"]
normalized = {e.lower() for e in emails}
print(sorted(normalized), len(normalized))
domains = {e.split("@")[1] for e in normalized}
print(sorted(domains))
nums = [4, 7, 1, 4, 9, 7, 2]
dupes = {n for n in nums if nums.count(n) > 1}
print(dupes, sorted(set(nums)), set(nums) == set(sorted(nums)))
visited = {(0, 0)}
x = y = 0
for step in "NNEESWWS":
    dx, dy = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}[step]
    x, y = x + dx, y + dy
    revisit = (x, y) in visited
    visited.add((x, y))
    print(step, (x, y), revisit)
print(len(visited), sorted(visited))
