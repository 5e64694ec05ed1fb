# Default arguments, the mutable-default pitfall and its None fix, keyword arguments and argument errors.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_bad.__defaults__)
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2))
start = 10
def uses_default(x=start):
    return x
start = 20
print(uses_default())
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", colour="red")
except TypeError as e:
    print("TypeError:", e)
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
print(greet.__name__, greet.__defaults__)
