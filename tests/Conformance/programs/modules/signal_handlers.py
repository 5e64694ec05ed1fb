# signal: handler registration rules and errors, raise_signal running handlers, strsignal, and the
# multiprocessing idiom of ignoring SIGINT in pool workers.
import multiprocessing
import signal
import threading

print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), repr(signal.SIGINT), signal.SIGINT, int(signal.SIGTERM), signal.Signals(2), signal.SIG_IGN, repr(signal.SIG_DFL))
print(signal.strsignal(2), signal.strsignal(15), signal.strsignal(40), signal.NSIG, len(signal.valid_signals()), repr(signal.SIGIOT))
for args in ((99, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN), (2, 5)):
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)


def in_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as e:
        print("thread:", e)


t = threading.Thread(target=in_thread)
t.start()
t.join()

received = []


def handler(signum, frame):
    received.append(signal.Signals(signum).name)


previous = signal.signal(signal.SIGUSR1, handler)
print(previous, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(received)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(len(received), repr(signal.getsignal(signal.SIGUSR1)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default SIGINT handler")


def init_worker():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init_worker) as pool:
        print(pool.map(square, range(5)))
    print(signal.getsignal(signal.SIGINT))
