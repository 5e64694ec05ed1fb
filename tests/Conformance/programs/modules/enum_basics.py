# enum: Enum with explicit values and auto(), iteration, name/value, lookup by value and name, IntEnum, unique aliases.
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON)
print([m.name for m in Color], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_start(self):
        return self is Weekday.MON
print([(d.name, d.value) for d in Weekday], Weekday.MON.is_start(), Weekday.WED.is_start())
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 3]), Priority(5))
print(Priority.LOW == 1, int(Priority.HIGH), f"{Priority.HIGH}", str(Priority.HIGH), repr(Priority.LOW))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())
print(Status.parse(" Active "), {s: s.value.upper() for s in Status})
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
