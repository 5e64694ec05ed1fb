# Class-heavy simulation: particles with methods and properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)

    @property
    def energy(self):
        return 0.5 * (self.vel.x ** 2 + self.vel.y ** 2)


particles = [Particle(Vec(i % 100, (i * 7) % 100), Vec((i % 13) - 6, (i % 11) - 5)) for i in range(200)]
for _ in range(10000):
    for p in particles:
        p.step(0.1)
print(round(sum(p.energy for p in particles), 6), round(sum(p.pos.x for p in particles), 6))
