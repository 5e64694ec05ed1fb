# atexit: functions run at exit, last registered first, after the non-daemon threads are joined;
# unregister removes a function; an exception in one is printed and the others still run.
import atexit
import threading


class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<Named {self.name}>"

    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, sorted(kwargs.items()))
        if self.name == "bad":
            raise ValueError("boom in " + self.name)


first = Named("first")
print(atexit.register(first, 1, 2, key="v") is first)


@atexit.register
def decorated():
    print("decorated, worker alive:", worker.is_alive())


atexit.register(Named("bad"))
gone = Named("gone")
atexit.register(gone)
atexit.register(gone, "twice")
atexit.unregister(gone)
atexit.register(Named("last"), extra=3)

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

gate = threading.Event()


def work():
    gate.wait()
    print("worker done")


worker = threading.Thread(target=work)
worker.start()
print("main done")
gate.set()
