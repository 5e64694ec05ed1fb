# List aliasing and copies: shared references, [[0]*n]*m pitfall, shallow vs slice copy, del and identity.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nested = [[1, 2], [3, 4]]
shallow = list(nested)
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
def add_item(lst, item):
    lst.append(item)
    return lst
original = []
result = add_item(original, "x")
print(original, result is original)
def rebind(lst):
    lst = [0]
    return lst
print(rebind(original), original)
x = [1, 2, 3, 4, 5, 6]
del x[1]
print(x)
del x[::2]
print(x)
x += [7, 8]
print(x)
y = x
x = x + [9]
print(x, y)
z = [1]
z *= 3
print(z)
cycle = [1]
cycle.append(cycle)
print(cycle, cycle[1][1][0])
