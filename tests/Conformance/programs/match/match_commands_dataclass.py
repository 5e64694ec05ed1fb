# match on dataclass commands: class patterns with keywords, nested patterns, as-bindings, guards and exhaustive fallback.
from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
@dataclass
class Say:
    text: str
    loud: bool = False
@dataclass
class Batch:
    commands: list
position = [0, 0]
def run(cmd, depth=0):
    pad = "  " * depth
    match cmd:
        case Move(dx=0, dy=0):
            print(pad + "no-op move")
        case Move(dx=dx, dy=0) | Move(dx=0, dy=dx) as m if abs(dx) > 5:
            print(pad + f"long straight move {m}")
            position[0] += m.dx
            position[1] += m.dy
        case Move(dx, dy):
            position[0] += dx
            position[1] += dy
            print(pad + f"move to {position}")
        case Say(text=t, loud=True):
            print(pad + t.upper() + "!")
        case Say(text=""):
            print(pad + "(silence)")
        case Say(t):
            print(pad + t)
        case Batch(commands=[]):
            print(pad + "empty batch")
        case Batch(commands=[Say() as first, *rest]):
            print(pad + f"batch starting with speech, {len(rest)} more")
            for c in [first, *rest]:
                run(c, depth + 1)
        case Batch(commands=cmds):
            print(pad + f"batch of {len(cmds)}")
            for c in cmds:
                run(c, depth + 1)
        case _:
            print(pad + f"unknown command {cmd!r}")
for cmd in [Move(0, 0), Move(1, 2), Move(10, 0), Move(0, -7), Say("hello"), Say("hey", loud=True), Say(""),
            Batch([]), Batch([Say("go"), Move(1, 1)]), Batch([Move(2, 2), Batch([Say("nested", True)])]), "jump"]:
    run(cmd)
print(position)
