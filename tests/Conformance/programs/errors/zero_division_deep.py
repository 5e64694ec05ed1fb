# Uncaught ZeroDivisionError raised deep in a call chain: traceback lists every frame.
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.2f}")
def main():
    groups = {"a": [1, 2, 3], "b": [10, 20], "c": [7], "empty": [], "never": [1]}
    print("starting report for", len(groups), "groups")
    report(groups)
    print("not reached")
print("module level code runs first")
main()
