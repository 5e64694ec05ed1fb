# raise SystemExit(2) from inside a function, with a finally block that still runs.
def validate(args):
    for a in args:
        if not a.startswith("--"):
            print(f"bad argument {a!r}")
            raise SystemExit(2)
        print("argument ok:", a)
def main():
    try:
        print("main running")
        validate(["--verbose", "--color=auto", "positional", "--never"])
    finally:
        print("finally still runs")
main()
print("not reached")
