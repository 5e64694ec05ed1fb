# Function-local lists that never escape (held as typed arrays): indexing, errors, repetition, loops, membership.
def indexing(n):
    xs = [0] * n
    for i in range(n):
        xs[i] = i * i
    print(xs[0], xs[n - 1], xs[-1], xs[-n], len(xs))
    xs[-2] += 100
    xs[True] -= 1
    print(xs[-2], xs[1], xs[False])
    for k in (n, -n - 1):
        try:
            print(xs[k])
        except IndexError as e:
            print("read", k, "IndexError:", e)
        try:
            xs[k] = 1
        except IndexError as e:
            print("store", k, "IndexError:", e)
        try:
            xs[k] += 1
        except IndexError as e:
            print("update", k, "IndexError:", e)
    big = 2 ** 70
    try:
        print(xs[big])
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[-big] = 0
    except IndexError as e:
        print("IndexError:", e)


def repetition(n):
    a = [1.5] * n
    b = n * [True, False]
    c = [7] * (n - 10)
    d = [2, 3] * -1
    e = [1, 2, 3]
    print(len(a), len(b), len(c), len(d), len(e))
    print(a[n - 1] + a[0], b[1], b[-1], b[2 * n - 2], e[2])
    big = [10 ** 20] * 3
    big[1] *= 10 ** 20
    print(big[0], big[1], big[-1] // 7)
    try:
        huge = [0] * (2 ** 62)
        print(len(huge))
    except MemoryError:
        print("MemoryError")
    try:
        huge = [0] * (2 ** 64)
        print(len(huge))
    except OverflowError as err:
        print("OverflowError:", err)
    try:
        huge = [0] * -(2 ** 70)
        print(len(huge))
    except OverflowError as err:
        print("OverflowError:", err)


def loops(n):
    flags = [True] * n
    flags[0] = flags[1] = False
    seen = 0
    for f in flags:
        if f:
            seen += 1
    total = 0.0
    ws = [0.5, 1.25, -2.0]
    for w in ws:
        ws[2] = 4.0
        total += w
    for w in ws:
        if w > 1:
            print("break at", w)
            break
    else:
        print("no break")
    for w in ws:
        pass
    else:
        print("else ran, last", w)
    print(seen, total, sum(1 for f in flags if f), sum(1 for f in flags if not f))
    print(3 in ws, 4.0 in flags, True in flags, 5 not in [1, 2], 2 in flags)
    counts = [0, 0, 0]
    print(1 in counts, 0 in counts, 1.0 in counts, True not in counts)
    counts[1] = 1
    print(1 in counts, True in counts, 1.0 in counts)


def comprehensions(n):
    zeros = [0 for _ in range(n)]
    halves = [0.5 for _ in range(n) if _ % 2]
    marks = [False for _ in "abc"]
    squares = [i * i for i in range(n)]
    words = [w.upper() for w in ("a", "b") for _ in range(2)]
    zeros[-1] += 7
    halves[0] *= 3
    marks[1] = True
    squares[2] = "two"
    print(zeros[-1], len(halves), halves[0], marks[1], True in marks, squares[2], squares[-1], words[3], len(words))
    try:
        print(zeros[n])
    except IndexError as e:
        print("IndexError:", e)
    empty = [i for i in range(0)]
    print(len(empty), sum(1 for w in words if w == "A"))


indexing(5)
indexing(3)
repetition(12)
loops(6)
comprehensions(5)
