# for/while with break, continue and else clauses; nested loops with flags; range variations.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
while True:
    i -= 1
    if i < 2:
        print("breaking at", i)
        break
else:
    print("never printed")
for x in []:
    print("not reached")
else:
    print("empty loop else")
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print("found", found)
print(list(range(5, 0, -1)), list(range(0, 10, 4)), list(range(-3, 3)), list(range(3, -3, -2)), list(range(0)))
for i in range(3):
    pass
print("loop var after loop:", i)
total = 0
for k in range(1, 101):
    if k % 3 and k % 5:
        continue
    total += k
print(total)
