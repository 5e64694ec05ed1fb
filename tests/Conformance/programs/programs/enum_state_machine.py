# A state machine on Enum, IntEnum and Flag members, with a custom exception and a match on members.
from enum import Enum, IntEnum, Flag, auto, unique

@unique
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
    def __str__(self):
        return self.value.upper()

class Event(Enum):
    START = auto()
    PAUSE = auto()
    RESUME = auto()
    STOP = auto()

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot {event.name} from {state.name}")

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(*key)
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old} -> {self.state}")
        return self

m = Machine()
m.fire(Event.START).fire(Event.PAUSE).fire(Event.RESUME)
try:
    m.fire(Event.START)
except InvalidTransition as e:
    print("invalid:", e, e.state, e.event)
m.fire(Event.STOP)
print(m.log)
print(State.IDLE, repr(State.IDLE), State("paused"), State["RUNNING"], State.IDLE.name, State.IDLE.value)
print(list(State), len(State), State.IDLE in State, [e.value for e in Event])
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2), int(Priority.MEDIUM))
print(max(Priority), Priority.LOW == 1, repr(Priority.LOW), f"{Priority.HIGH}", str(Priority.HIGH))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), repr(rw), Perm(4))
try:
    State("flying")
except ValueError as e:
    print(e)
try:
    State["FLYING"]
except KeyError as e:
    print("KeyError", e)
print(State.IDLE is State("idle"), hash(State.IDLE) == hash(State.IDLE), {State.IDLE: 1}[State.IDLE])
print(Event.START.__class__.__name__, isinstance(Event.START, Event), type(Priority.LOW).__mro__[:2])
for name, member in State.__members__.items():
    print(name, member.value, end="; ")
print()
def handle(ev):
    match ev:
        case Event.START | Event.RESUME:
            return "go"
        case Event.PAUSE:
            return "wait"
        case _:
            return "halt"
print([handle(e) for e in Event])
