# A generator created in the for header is closed when the loop is left early (break, return, exception), as CPython's reference counting does; a generator held in a variable is not.
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(" ", tag, "closed")
for n in numbers("break"):
    if n == 1:
        break
print("after break")
def first_even():
    for n in numbers("return"):
        if n % 2 == 0 and n > 0:
            return n
print("returned", first_even())
try:
    for n in numbers("exception"):
        if n == 2:
            raise ValueError(n)
except ValueError as e:
    print("caught", e)
kept = numbers("kept")
for n in kept:
    if n == 0:
        break
print("kept is still open:", next(kept))
kept.close()
for n in numbers("exhausted"):
    pass
print("done")
