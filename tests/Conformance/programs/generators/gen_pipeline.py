# Generator pipelines: chaining lazy stages for parsing log lines, windowing, and batching.
log = """INFO start server
WARN disk 91%
INFO request /home 200
ERROR request /api 500
INFO request /about 200
ERROR db timeout
INFO stop""".splitlines()
def parse(lines):
    for n, line in enumerate(lines, 1):
        level, _, msg = line.partition(" ")
        yield n, level, msg
def only(levels, records):
    for rec in records:
        if rec[1] in levels:
            yield rec
def fmt(records):
    for n, level, msg in records:
        yield f"{n:03d} [{level:5}] {msg}"
for line in fmt(only({"WARN", "ERROR"}, parse(log))):
    print(line)
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefgh", 3)))
def moving_average(values, n):
    for w in window(values, n):
        yield round(sum(w) / n, 2)
print(list(moving_average([1, 4, 2, 8, 5, 7, 3], 3)))
counts = {}
for _, level, _ in parse(log):
    counts[level] = counts.get(level, 0) + 1
print(counts)
squares = (x * x for x in range(1, 1000000))
print(next(s for s in squares if s > 500), next(squares))
