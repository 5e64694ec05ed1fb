# raise SystemExit(2) from inside a function, with a finally block that still runs.
def main():
    try:
        print("main running")
        raise SystemExit(2)
    finally:
        print("finally still runs")
main()
