# itertools combinatorics: product (repeat), permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), repeat=4))))
print(list(permutations("abc")))
print(list(permutations([1, 2, 3, 4], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)))
print(list(combinations_with_replacement("xyz", 2)))
print(list(combinations([1, 2], 3)), list(permutations([])))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
target = 10
print([c for c in combinations([2, 3, 5, 7, 8], 2) if sum(c) == target])
words = ["stop", "pots", "tops", "spot", "opts", "post"]
anagrams = {"".join(p) for p in permutations("stop")}
print(sorted(w for w in words if w in anagrams), len(anagrams))
grid = [(r, c) for r, c in product(range(3), range(3)) if r != c]
print(grid)
best = max(permutations([3, 30, 34, 5, 9]), key=lambda p: int("".join(map(str, p))))
print("".join(map(str, best)))
