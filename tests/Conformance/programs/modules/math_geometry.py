# math in a small geometry application: polygon area, distances, angles in degrees, circle intersections.
import math
def polygon_area(pts):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
square = [(0, 0), (4, 0), (4, 4), (0, 4)]
tri = [(0, 0), (5, 0), (0, 3)]
print(polygon_area(square), polygon_area(tri))
def perimeter(pts):
    return sum(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))
print(perimeter(square), round(perimeter(tri), 6))
def angle_deg(a, b, c):
    v1 = (a[0] - b[0], a[1] - b[1])
    v2 = (c[0] - b[0], c[1] - b[1])
    dot = v1[0] * v2[0] + v1[1] * v2[1]
    return round(math.degrees(math.acos(dot / (math.hypot(*v1) * math.hypot(*v2)))), 6)
print(angle_deg((1, 0), (0, 0), (0, 1)), angle_deg((1, 0), (0, 0), (1, 1)), angle_deg((1, 0), (0, 0), (-1, 0.0001)))
def circle_points(n, r):
    return [(round(r * math.cos(2 * math.pi * k / n), 6), round(r * math.sin(2 * math.pi * k / n), 6)) for k in range(n)]
for p in circle_points(6, 2):
    print(p)
hexagon = circle_points(6, 1)
print(round(polygon_area(hexagon), 6), round(3 * math.sqrt(3) / 2, 6))
def intersect(c1, r1, c2, r2):
    d = math.dist(c1, c2)
    if d > r1 + r2 or d < abs(r1 - r2):
        return []
    a = (r1 ** 2 - r2 ** 2 + d ** 2) / (2 * d)
    h = math.sqrt(max(r1 ** 2 - a ** 2, 0))
    mx = c1[0] + a * (c2[0] - c1[0]) / d
    my = c1[1] + a * (c2[1] - c1[1]) / d
    return sorted({(round(mx + h * (c2[1] - c1[1]) / d, 6), round(my - h * (c2[0] - c1[0]) / d, 6)),
                   (round(mx - h * (c2[1] - c1[1]) / d, 6), round(my + h * (c2[0] - c1[0]) / d, 6))})
print(intersect((0, 0), 5, (8, 0), 5), intersect((0, 0), 1, (5, 0), 1), intersect((0, 0), 2, (4, 0), 2))
