# Big-integer algorithms: digits of pi with Machin's formula, e to 60 digits, exact powers of 2 and Catalan numbers.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n, sign = 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10
p = pi_digits(100)
print(str(p)[0] + "." + str(p)[1:])
def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, n = 0, unity, 0
    while term:
        total += term
        n += 1
        term //= n
    return total // 10 ** 10
e = e_digits(60)
print(str(e)[0] + "." + str(e)[1:])
print([2 ** k for k in (10, 32, 64, 100)])
catalan = [1]
for n in range(1, 30):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan[:12], catalan[-1])
def digits_sum_pow(base, exp):
    return sum(map(int, str(base ** exp)))
print(digits_sum_pow(2, 1000), digits_sum_pow(99, 99), len(str(2 ** 10000)))
print(str(3 ** 300)[:20], str(3 ** 300)[-20:])
