# itertools grouping and merging: groupby (consecutive keys), chain, chain.from_iterable, zip_longest, tee, pairwise, compress.
from itertools import groupby, chain, zip_longest, tee, pairwise, compress, filterfalse
data = "aaabbbccaaa"
print([(k, len(list(g))) for k, g in groupby(data)])
print(["".join(g) for _, g in groupby(data)])
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for kind, items in groupby(sorted(records), key=lambda r: r[0]):
    print(kind, [name for _, name in items])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "wxyz", fillvalue="-")))
a, b = tee(range(4))
print(list(a), list(b))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
print(rle("WWWWBBBWWC"), rle(""))
scores = [("ann", 90), ("bob", 85), ("cy", 90), ("di", 70), ("ed", 85)]
ranked = sorted(scores, key=lambda s: -s[1])
for score, group in groupby(ranked, key=lambda s: s[1]):
    print(score, [n for n, _ in group])
