# Float math: a small n-body simulation.
def energy(bodies):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(bodies):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in bodies[i + 1:]:
            dx, dy, dz = x - x2, y - y2, z - z2
            e -= m * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e

def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                b[3] -= dx * c[6] * mag
                b[4] -= dy * c[6] * mag
                b[5] -= dz * c[6] * mag
                c[3] += dx * b[6] * mag
                c[4] += dy * b[6] * mag
                c[5] += dz * b[6] * mag
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]

bodies = [[float(i), float(i * 2 % 5), float(i * 3 % 7), 0.01 * i, -0.02 * i, 0.005, 1.0 + i * 0.1] for i in range(5)]
print(round(energy(bodies), 9))
advance(bodies, 0.001, 400000)
print(round(energy(bodies), 9))
