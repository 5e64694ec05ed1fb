"""Pool.map Mandelbrot: rows of a 600x400 image split over N worker processes.

Usage: pool_mandelbrot.py [workers]   (default 2). Prints a checksum of the escape counts, never timings.
"""
import multiprocessing as mp
import sys

WIDTH, HEIGHT, MAX_ITER = 600, 400, 200


def row(y):
    ci = -1.2 + 2.4 * y / HEIGHT
    total = 0
    for x in range(WIDTH):
        cr = -2.1 + 3.0 * x / WIDTH
        zr = zi = 0.0
        n = 0
        while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        total += n
    return total


def main():
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    with mp.Pool(workers) as pool:
        rows = pool.map(row, range(HEIGHT), chunksize=8)
    checksum = 0
    for y, total in enumerate(rows):
        checksum = (checksum * 31 + total + y) % 1000000007
    print("rows", len(rows), "iterations", sum(rows), "checksum", checksum)


if __name__ == "__main__":
    main()
