# Sets of tuples for grid and pair bookkeeping: visited cells, symmetric pairs, sorted output of coordinate sets.
walls = {(1, 1), (1, 2), (2, 2), (3, 0)}
start, goal = (0, 0), (3, 3)
frontier, visited = [start], {start}
while frontier:
    nxt = []
    for x, y in frontier:
        for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            cell = (x + dx, y + dy)
            if 0 <= cell[0] < 4 and 0 <= cell[1] < 4 and cell not in walls and cell not in visited:
                visited.add(cell)
                nxt.append(cell)
    frontier = nxt
print(len(visited), goal in visited, sorted(visited)[:6])
unvisited = {(x, y) for x in range(4) for y in range(4)} - visited - walls
print(sorted(unvisited))
pairs = {(a, b) for a in range(4) for b in range(4) if a != b}
unordered = {tuple(sorted(p)) for p in pairs}
print(len(pairs), len(unordered), sorted(unordered))
friendships = {("ann", "bob"), ("bob", "cy"), ("cy", "ann"), ("di", "ann")}
def friends_of(name):
    return sorted({b for a, b in friendships if a == name} | {a for a, b in friendships if b == name})
print(friends_of("ann"), friends_of("di"), friends_of("zed"))
moves = [(0, 1), (1, 1), (0, 1), (2, 0), (1, 1)]
print(len(moves), len(set(moves)), sorted(set(moves)), (0, 1) in set(moves))
