# Uncaught exceptions without a message print only the class name; a custom exception class from a nested function call.
class ShutdownRequested(Exception):
    pass
def worker(jobs):
    for job in jobs:
        if job == "stop":
            raise ShutdownRequested
        print("job", job, "done")
worker(["a", "b", "stop", "c"])
