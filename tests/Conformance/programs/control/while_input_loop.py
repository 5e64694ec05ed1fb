# A command loop reading stdin (while_input_loop.in) with while True, break on "quit", try/except for bad numbers.
total = 0
history = []
while True:
    try:
        line = input()
    except EOFError:
        print("end of input")
        break
    line = line.strip()
    if not line:
        continue
    if line == "quit":
        print("bye")
        break
    cmd, _, arg = line.partition(" ")
    if cmd == "add":
        try:
            total += float(arg)
            history.append(arg)
        except ValueError:
            print(f"not a number: {arg!r}")
            continue
    elif cmd == "undo":
        if history:
            total -= float(history.pop())
        else:
            print("nothing to undo")
    elif cmd == "show":
        print(f"total={total:g} history={history}")
    else:
        print(f"unknown command {cmd!r}")
print("final", total)
