# Integer arithmetic in a tight loop.
def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        total += steps
    return total

print(collatz_steps(300000))
