# Reading stdin with input() and sys.stdin, then exiting with a status.
import sys
n = int(input("count? "))
rows = [input().split(",") for _ in range(n)]
total = 0
for name, qty in rows:
    total += int(qty)
    print(f"{name.strip():<6}{int(qty):>4}")
rest = sys.stdin.read().splitlines()
print("rest:", rest)
print("total", total, file=sys.stderr)
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
sys.exit(3 if total > 10 else 0)
