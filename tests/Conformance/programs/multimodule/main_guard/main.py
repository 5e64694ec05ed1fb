# Multi-module `if __name__ == "__main__":` guards: the imported module's guarded code does not run, main's does.
import mathutil
from mathutil import is_prime
def main():
    print("main() running, __name__ =", __name__)
    print([n for n in range(30) if is_prime(n)])
    print(mathutil.gcd(84, 120), mathutil.lcm(4, 6))
    print(mathutil.__name__, mathutil.run_self_test.__module__)
    print(mathutil.run_self_test())
if __name__ == "__main__":
    main()
else:
    print("imported, not running main")
