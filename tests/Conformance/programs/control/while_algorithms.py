# while loops: Collatz sequences, gcd, integer square root by Newton, digit reversal, binary search.
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps
print(collatz(6), len(collatz(27)), max(collatz(27)))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 101)])
def reverse_digits(n):
    r = 0
    while n > 0:
        n, d = divmod(n, 10)
        r = r * 10 + d
    return r
print(reverse_digits(12345), reverse_digits(1200), reverse_digits(7))
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 200, 3))
for t in (0, 99, 100, 198, 197):
    print(t, bsearch(xs, t))
n, count = 1, 0
while n < 10 ** 6:
    n *= 3
    count += 1
print(n, count)
