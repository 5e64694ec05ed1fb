# match sequence patterns: fixed length, star captures, nested sequences, and command parsing.
def parse(command):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["drop", item, "in", container]:
            return f"dropping {item} into {container}"
        case [verb, *rest]:
            return f"unknown verb {verb!r} with {len(rest)} args"
for cmd in ["", "quit", "go north", "take lamp key", "take", "drop coin in well", "dance wildly now"]:
    print(repr(cmd), "->", parse(cmd))
def shape(points):
    match points:
        case [(0, 0)]:
            return "origin only"
        case [(x, y)]:
            return f"single point {x},{y}"
        case [(x1, y1), (x2, y2)]:
            return f"segment length^2 {(x2 - x1) ** 2 + (y2 - y1) ** 2}"
        case [first, *_, last]:
            return f"path from {first} to {last}"
        case _:
            return "nothing"
print(shape([(0, 0)]), shape([(1, 2)]), shape([(0, 0), (3, 4)]), shape([(0, 0), (1, 1), (2, 5)]), shape([]))
def head_tail(seq):
    match seq:
        case (h, *t):
            return h, t
    return None
print(head_tail((1, 2, 3)), head_tail([9]), head_tail(()), head_tail("ab"))
match (1, [2, 3]):
    case (a, [b, c]):
        print("nested", a, b, c)
match range(3):
    case [0, 1, 2]:
        print("range matches a sequence pattern")
