# functools: reduce with and without initial, partial (positional and keyword), cmp_to_key, wraps metadata.
from functools import reduce, partial, cmp_to_key, wraps
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a * 10 + b, [4, 2, 7]))
print(reduce(operator.add, [], 0), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square.func.__name__, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("11", base=10))
log = partial(print, "[log]", sep=" | ")
log("started", "ok")
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=cmp_to_key(lambda a, b: compare(b, a))))
def timed(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@timed
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
nums = [3, 1, 2]
print(sorted(nums, key=cmp_to_key(lambda a, b: b - a)))
