# sys.argv with arguments from argv_args.args: parsing flags and values by hand.
import os
import sys
print(os.path.basename(sys.argv[0]), len(sys.argv))
args = sys.argv[1:]
print(args)
options = {}
positional = []
i = 0
while i < len(args):
    a = args[i]
    if a.startswith("--"):
        key, eq, value = a[2:].partition("=")
        if eq:
            options[key] = value
        elif i + 1 < len(args) and not args[i + 1].startswith("-"):
            options[key] = args[i + 1]
            i += 1
        else:
            options[key] = True
    elif a.startswith("-") and len(a) > 1:
        for flag in a[1:]:
            options[flag] = True
    else:
        positional.append(a)
    i += 1
print(options)
print(positional)
count = int(options.get("count", 1))
for name in positional:
    print((name + " ") * count)
