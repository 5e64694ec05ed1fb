# Conway's Game of Life on a small toroidal grid: glider and blinker generations printed as text.
def step(cells, w, h):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def render(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
cells = glider
for gen in range(5):
    print(f"generation {gen} ({len(cells)} alive)")
    print(render(cells, w, h))
    cells = step(cells, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print(sorted(b1), b2 == blinker)
cells = glider
for _ in range(4 * w):
    cells = step(cells, w, h)
print("after", 4 * w, "generations:", sorted(cells))
