# Math utilities with a self-test that only runs when executed directly.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
def run_self_test():
    assert gcd(12, 18) == 6
    assert is_prime(97) and not is_prime(1)
    return "self test passed"
if __name__ == "__main__":
    print("mathutil executed directly:", run_self_test())
print("mathutil module body ran with __name__ =", __name__)
