# Uncaught exceptions without a message print only the class name; a custom exception class from a nested function call.
class ShutdownRequested(Exception):
    pass
def handle(job):
    if job == "stop":
        raise ShutdownRequested
    return job.upper()
def worker(jobs):
    done = []
    for job in jobs:
        done.append(handle(job))
        print("job", job, "done, total", len(done))
    return done
print(worker(["a", "b"]))
print(repr(ShutdownRequested()), str(ShutdownRequested()) == "")
worker(["c", "stop", "d"])
