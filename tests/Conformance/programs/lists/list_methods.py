# list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy, clear.
xs = [3, 1, 4, 1, 5]
xs.append(9)
print(xs)
xs.extend([2, 6])
print(xs)
xs.insert(0, 0)
xs.insert(100, 99)
xs.insert(-1, 7)
print(xs)
xs.remove(1)
print(xs, xs.pop(), xs.pop(0), xs.pop(2), xs)
print(xs.index(5), xs.count(1), xs.count(42), xs.index(1, 1) if 1 in xs[1:] else -1)
ys = xs.copy()
xs.sort()
print(xs, ys)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
try:
    xs.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.index(100)
except ValueError as e:
    print("ValueError:", e)
ys.clear()
print(ys, len(ys))
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, 3 in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
