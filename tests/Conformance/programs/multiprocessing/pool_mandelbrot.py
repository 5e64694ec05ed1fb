# A small Pool.map over image rows: a deterministic checksum.
import multiprocessing as mp

WIDTH, HEIGHT, MAX_ITER = 48, 24, 60


def row(y):
    out = []
    ci = -1.2 + 2.4 * y / HEIGHT
    for x in range(WIDTH):
        cr = -2.0 + 3.0 * x / WIDTH
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        out.append(n)
    return out


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        rows = pool.map(row, range(HEIGHT))
    print(sum(map(sum, rows)), len(rows), len(rows[0]))
    for r in rows[::6]:
        print("".join("#" if n == MAX_ITER else "." for n in r))
