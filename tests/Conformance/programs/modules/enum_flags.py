# enum.Flag and IntFlag: combining with |, testing with in/&, iteration of members, and a state machine with Enum.
from enum import Flag, IntFlag, Enum, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.EXEC), rw.value)
print(Perm.ALL, Perm.ALL.value, Perm(3), Perm(0), bool(Perm(0)), ~Perm.READ)
print([p.name for p in Perm], rw == Perm(3), Perm.ALL & ~Perm.WRITE)
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(m, int(m), m & 4, m | 2, Mode(7), Mode.R + 1, oct(Mode.R | Mode.W | Mode.X))
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"
transitions = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}
state = State.IDLE
for event in ["start", "pause", "start", "resume", "stop", "resume"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state.name}: ignoring {event!r}")
    else:
        print(f"{state.name} --{event}--> {nxt.name}")
        state = nxt
print(state, state.value)
