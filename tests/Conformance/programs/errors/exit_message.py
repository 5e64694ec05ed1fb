# exit() with a string prints it to stderr and exits with status 1, as sys.exit does.
def shutdown(reason):
    print("shutting down")
    exit(f"fatal: {reason}")

shutdown("disk full")
print("not reached")
