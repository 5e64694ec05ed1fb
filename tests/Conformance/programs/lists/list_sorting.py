# Sorting lists: sorted vs sort, key functions, reverse, stability, tuples as keys, and mixed-type errors.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_age, key=lambda p: p[1]))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), nums)
nums.sort(key=lambda n: n % 3)
print(nums)
print(sorted("Hello World"), sorted(["b", "A", "a", "B"]), sorted([[2, 1], [1, 2], [1]]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()))
print(sorted([3.5, 1, 2.25, True]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
records = [{"n": "x", "s": 3}, {"n": "y", "s": 1}, {"n": "z", "s": 3}]
print([r["n"] for r in sorted(records, key=lambda r: r["s"])])
print([r["n"] for r in sorted(records, key=lambda r: r["s"], reverse=True)])
print(sorted([], key=len), sorted((3, 1, 2)), sorted(range(5), reverse=True))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=len))
