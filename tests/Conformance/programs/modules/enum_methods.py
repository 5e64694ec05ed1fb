# enum classes with methods, properties, class-level lookups, comparisons by identity, str() forms and use as dict keys.
from enum import Enum, IntEnum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:<8} {p.value} g={p.surface_gravity:.2f}")
class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"
    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"
    def __str__(self):
        return self.value
print([f"{s}:{s.color}" for s in Suit], str(Suit.HEARTS), repr(Suit.HEARTS), f"{Suit.SPADES!r}")
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    @classmethod
    def parse(cls, name):
        return cls[name.upper()]
threshold = Level.parse("warning")
messages = [(Level.INFO, "started"), (Level.ERROR, "failed"), (Level.WARNING, "slow"), (Level.DEBUG, "x=1")]
print([m for lvl, m in messages if lvl >= threshold], max(lvl for lvl, _ in messages).name)
counts = {lvl: 0 for lvl in Level}
for lvl, _ in messages:
    counts[lvl] += 1
print({l.name: n for l, n in counts.items()}, Level(30), Level.ERROR - Level.INFO, str(Level.INFO), format(Level.INFO, "d"))
print(Suit("♠") is Suit.SPADES, Suit.CLUBS in Suit, len(Planet), list(Level.__members__)[:2])
