# time.sleep takes a float as it is and anything else through __index__ (Python/pytime.c,
# _PyTime_FromSecondsObject), so a string or a Fraction fails with the int conversion's message.
import fractions
import threading
import time


class Ticks:
    def __index__(self):
        return 0


class Seconds(float):
    pass


for value in [0, 0.001, True, Ticks(), Seconds(0.001)]:
    time.sleep(value)
    print("slept", type(value).__name__)
for value in ["1", None, fractions.Fraction(1, 100), [1], -1, -0.5, float("nan"), 10 ** 30]:
    try:
        time.sleep(value)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(value).__name__, type(e).__name__, e)

errors = []


def worker(delay):
    try:
        time.sleep(delay)
    except TypeError as e:
        errors.append(str(e))


t = threading.Thread(target=worker, args=("0.1",))
t.start()
t.join()
print(errors)
