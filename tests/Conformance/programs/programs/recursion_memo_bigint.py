# Recursion with memoisation, dynamic programming and big integers.
from functools import lru_cache, cache
import sys
sys.setrecursionlimit(5000)
@cache
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n) for n in range(15)], partitions(100))
memo = {}
def collatz(n):
    if n == 1:
        return 1
    if n in memo:
        return memo[n]
    r = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    memo[n] = r
    return r
best = max(range(1, 30000), key=collatz)
print(best, collatz(best), len(memo))
def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        return max(go(i + 1, j), go(i, j + 1), key=len)
    return go(0, 0)
print(lcs("AGGTABQXY", "GXTXAYBQY"), lcs("abcdef", "acf"))
def edit(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                dp[i][j] = i + j
            else:
                dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return dp[-1][-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
f = fact(300)
print(len(str(f)), f % 10**20 == 0, str(f)[:30], sum(map(int, str(fact(100)))))
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), 2 ** 200 // 3 ** 50, pow(3, 1000, 10**9 + 7), (-7) // 2, -7 % 3, divmod(-17, 5), int("ff", 16), bin(2**65 + 1))
limit = sys.getrecursionlimit()
try:
    sys.setrecursionlimit(100)
    depth(500)
except RecursionError as e:
    print("RecursionError", e)
finally:
    # The conformance suite runs programs in one process: leave the limit as it was.
    sys.setrecursionlimit(limit)
