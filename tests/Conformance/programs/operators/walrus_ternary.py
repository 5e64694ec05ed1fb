# Assignment expressions (walrus) in while, if and comprehensions; conditional expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
chunks = iter(["alpha", "beta", "", "gamma"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)
values = [y for x in range(10) if (y := x * x) % 3 == 1]
print(values, y)
def expensive(v):
    return v * 10
results = [r for v in data if (r := expensive(v)) > 30]
print(results)
lines = ["key=value", "bad line", "x=1", "=empty"]
for line in lines:
    if (eq := line.find("=")) > 0:
        print(line[:eq], "->", line[eq + 1:])
    else:
        print("skip", repr(line))
total = 0
print([total := total + v for v in data], total)
for v in data:
    kind = "even" if v % 2 == 0 else "odd"
    size = "big" if v > 5 else "small" if v > 2 else "tiny"
    print(v, kind, size)
print((lambda: (z := 5) + z)())
