a, *b = c
*a, b = c
print(*args)
x = [*a, *b]
x = {*a, *b}
x = {**a, 'k': 1, **b}
x = *a, *b
for *a, b in c:
    pass
