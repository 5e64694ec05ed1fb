# Reading numeric data from stdin (input_numbers.in): a header line with the count, then rows; stats computed and printed.
n = int(input())
rows = []
for _ in range(n):
    name, *scores = input().split()
    rows.append((name, [int(s) for s in scores]))
for name, scores in rows:
    avg = sum(scores) / len(scores)
    print(f"{name:<6} {scores} avg={avg:.2f} best={max(scores)}")
all_scores = [s for _, scores in rows for s in scores]
print("overall", len(all_scores), sum(all_scores), round(sum(all_scores) / len(all_scores), 3))
best = max(rows, key=lambda r: sum(r[1]) / len(r[1]))
print("top student:", best[0])
extra = input("threshold? ")
threshold = float(extra)
print()
print([name for name, scores in rows if min(scores) >= threshold])
import sys
rest = sys.stdin.read()
print(repr(rest), rest.split())
