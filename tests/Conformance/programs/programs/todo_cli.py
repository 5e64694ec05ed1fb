# A todo-list command interpreter reading commands from stdin (todo_cli.in): add, done, list, remove, priorities, and errors.
import sys
todos = []
def find(tid):
    for t in todos:
        if t["id"] == tid:
            return t
    raise KeyError(f"no todo #{tid}")
next_id = 1
for lineno, raw in enumerate(sys.stdin, 1):
    line = raw.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    cmd, _, rest = line.partition(" ")
    try:
        if cmd == "add":
            prio = 2
            if rest.startswith("!"):
                bang, _, rest = rest.partition(" ")
                prio = 4 - len(bang)
                if prio < 1:
                    raise ValueError("too many !")
            todos.append({"id": next_id, "text": rest, "done": False, "prio": prio})
            print(f"added #{next_id} (p{prio}): {rest}")
            next_id += 1
        elif cmd == "done":
            t = find(int(rest))
            t["done"] = True
            print(f"completed #{t['id']}")
        elif cmd == "rm":
            t = find(int(rest))
            todos.remove(t)
            print(f"removed #{t['id']}")
        elif cmd == "list":
            shown = [t for t in todos if rest != "open" or not t["done"]]
            for t in sorted(shown, key=lambda t: (t["done"], t["prio"], t["id"])):
                mark = "x" if t["done"] else " "
                print(f"  [{mark}] #{t['id']} p{t['prio']} {t['text']}")
            print(f"  ({len(shown)} shown, {sum(not t['done'] for t in todos)} open)")
        else:
            raise ValueError(f"unknown command {cmd!r}")
    except (KeyError, ValueError) as e:
        msg = e.args[0] if isinstance(e, KeyError) else str(e)
        print(f"line {lineno}: error: {msg}")
print("bye,", len(todos), "todos")
