# any/all short-circuit on iterators, map with multiple iterables, filter with None and functions, zip in map.
nums = [2, 4, 6, 7, 8]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums), any([]), all([]), all([[]]), any([[], 0, ""]))
it = iter(nums)
print(any(n > 5 for n in it), list(it))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(lambda a, b: a + b, "abc", "xyz")))
print(list(map(int, "12345")), list(map(str.strip, [" a ", "b  "])), list(map(len, ["", "ab", "abc"])))
print(list(filter(None, [0, 1, False, 2, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])), list(filter(lambda x: x > 2, range(6))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
def is_valid(row):
    return all(isinstance(v, int) and v >= 0 for v in row)
rows = [[1, 2], [3, -1], [], ["4"]]
print([is_valid(r) for r in rows])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(sum, matrix)), list(map(list, zip(*matrix))), list(map(max, *matrix)))
words = ["alpha", "beta", "gamma"]
print(dict(map(lambda w: (w[0], len(w)), words)))
print(sum(map(int, filter(str.isdigit, "a1b2c3d4"))))
