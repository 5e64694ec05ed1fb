# bisect: bisect_left/right, insort, key= argument, grade lookup tables, and counting values in ranges.
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
def count_in_range(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)
print(count_in_range(a, 2, 5), count_in_range(a, 10, 20), count_in_range(a, 4, 4))
records = [("ann", 25), ("bob", 31), ("cy", 40)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]))
bisect.insort(records, ("dee", 33), key=lambda r: r[1])
print(records)
names = []
for n in ["mike", "alice", "zoe", "bob", "carl"]:
    bisect.insort(names, n)
    print(names)
def index(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 7))
try:
    index(a, 3)
except ValueError as e:
    print("ValueError:", e)
