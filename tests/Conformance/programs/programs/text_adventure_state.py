# A text adventure as a state machine: an Enum of rooms, match statements with guards, an inventory set.
from enum import Enum, auto
class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    END = auto()
ROOMS = {
    State.HALL: {"desc": "A grand hall.", "exits": {"north": State.KITCHEN}},
    State.KITCHEN: {"desc": "Smells of bread.", "exits": {"south": State.HALL, "down": State.CELLAR}, "item": "key"},
    State.CELLAR: {"desc": "Dark and damp.", "exits": {"up": State.KITCHEN}, "locked": True},
}
class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.moves = 0
        self.log = []
    def handle(self, cmd):
        verb, _, arg = cmd.partition(" ")
        match verb, arg:
            case ("go" | "walk"), direction if direction in ROOMS[self.state]["exits"]:
                target = ROOMS[self.state]["exits"][direction]
                if ROOMS[target].get("locked") and "key" not in self.inventory:
                    return "The door is locked."
                self.state = target
                self.moves += 1
                return ROOMS[target]["desc"]
            case "go", direction:
                return f"You can't go {direction!r}."
            case "take", item if ROOMS[self.state].get("item") == item:
                self.inventory.add(item)
                del ROOMS[self.state]["item"]
                return f"Taken: {item}"
            case "inv", "":
                return ", ".join(sorted(self.inventory)) or "nothing"
            case "quit", _:
                self.state = State.END
                return "Bye"
            case _:
                return f"Unknown command: {cmd}"
g = Game()
for c in ["go north", "go down", "go west", "take key", "take key", "inv", "go down", "dance", "go up", "quit"]:
    print(f"> {c}\n{g.handle(c)} [{g.state.name}/{g.moves}]")
print(State.HALL, repr(State.CELLAR), State(2), State["END"].value, list(State)[:2], len(State))
