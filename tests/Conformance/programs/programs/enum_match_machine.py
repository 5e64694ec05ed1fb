# A state machine with enum and match statements.
from enum import Enum, auto, IntEnum, Flag
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
class Perm(Flag):
    R = 4
    W = 2
    X = 1
def step(state, event):
    match state, event:
        case State.IDLE, "start":
            return State.RUNNING
        case State.RUNNING, "pause":
            return State.PAUSED
        case State.PAUSED, "resume":
            return State.RUNNING
        case (State.RUNNING | State.PAUSED), "stop":
            return State.DONE
        case _, ev:
            raise ValueError(f"bad event {ev!r} in {state}")
s = State.IDLE
for ev in ["start", "pause", "resume", "jump", "stop", "start"]:
    try:
        s = step(s, ev)
        print(f"{ev:>7} -> {s.name} ({s.value}) {s!r}")
    except ValueError as e:
        print("error:", e)
print(list(State), State["PAUSED"], State(2), State.DONE in State, len(State))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), f"{Priority.HIGH}", str(Priority.LOW), repr(Priority.MEDIUM))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), list(rw) if hasattr(rw, "__iter__") else None)
def describe(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "can't go that way"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"unknown {cmd!r}"
for c in ["go north", "go west", "take key lamp", "take", "exit", "", "dance now"]:
    print(describe(c))
def shape(obj):
    match obj:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest)}"
        case [x, y] | (x, y, _):
            return f"point {x},{y}"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as num:
            return f"number {num}"
        case str() as s:
            return f"string {s}"
    return "other"
for o in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2}, [1, 2], (1, 2, 3), -5, 2.5, "hi", None]:
    print(shape(o))
