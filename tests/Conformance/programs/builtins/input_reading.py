# input() reading lines from stdin (fed from input_reading.in), prompts go to stdout, EOFError at the end.
name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}")
numbers = list(map(int, input().split()))
print("numbers:", numbers, "sum:", sum(numbers))
count = int(input())
items = []
for _ in range(count):
    line = input()
    item, qty = line.split(",")
    items.append((item.strip(), int(qty)))
print(items)
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\nEOF reached")
        break
    if line == "quit":
        print("quitting")
        break
    print("echo:", line.upper())
rest = []
try:
    while True:
        rest.append(input())
except EOFError:
    print("remaining lines:", rest)
