# Text adventure state machine: rooms, items, locked doors, and a scripted list of commands parsed with match.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}
locked = {("kitchen", "down"): "key"}
state = {"room": "hall", "inventory": [], "moves": 0, "won": False}
def look():
    r = rooms[state["room"]]
    items = ", ".join(r["items"]) or "nothing"
    return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
def step(command):
    state["moves"] += 1
    match command.lower().split():
        case ["look"]:
            return look()
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            room = rooms[state["room"]]
            if direction not in room["exits"]:
                return "You can't go that way."
            need = locked.get((state["room"], direction))
            if need and need not in state["inventory"]:
                return f"The way {direction} is locked."
            state["room"] = room["exits"][direction]
            return look()
        case ["take", item]:
            items = rooms[state["room"]]["items"]
            if item not in items:
                return f"There is no {item} here."
            items.remove(item)
            state["inventory"].append(item)
            if item == "treasure":
                state["won"] = True
            return f"Taken: {item}."
        case ["drop", item] if item in state["inventory"]:
            state["inventory"].remove(item)
            rooms[state["room"]]["items"].append(item)
            return f"Dropped: {item}."
        case ["inventory" | "i"]:
            return "You carry: " + (", ".join(state["inventory"]) or "nothing")
        case []:
            state["moves"] -= 1
            return "Say something."
        case _:
            return f"I don't understand {command!r}."
script = ["look", "take lamp", "east", "down", "west", "go north", "take key", "take sword", "drop lamp",
          "i", "south", "east", "down", "take treasure", "", "dance", "up"]
for cmd in script:
    print(f"> {cmd}")
    print(step(cmd))
    if state["won"]:
        print(f"*** You won in {state['moves']} moves! ***")
        break
print(state)
