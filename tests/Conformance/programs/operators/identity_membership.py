# is / is not with None, True and shared objects; in / not in for every container type, custom __contains__.
a = [1, 2]
b = a
print(a is b, a is not None, None is None, [] is [], (a is b) is True)
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None
r = find([5, 6], 7)
print(r is None, find([5, 6], 6) is None, find([5, 6], 6))
print(3 in [1, 2, 3], 3 in (1, 2), "ab" in "cabd", "a" in {"a": 1}, 1 in {1: "a"}.values(),
      ("a", 1) in {"a": 1}.items(), 4 in range(10), 4.0 in range(10), 4.5 in range(10), b"b" in b"abc")
class Evens:
    def __contains__(self, n):
        print("  checking", n)
        return n % 2 == 0
e = Evens()
print(4 in e, 5 not in e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(3 in Countdown(5), 9 in Countdown(5))
nested = [[1, 2], [3]]
print([1, 2] in nested, 1 in nested, any(1 in sub for sub in nested))
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)
print(type(1) is int, type(True) is int, isinstance(True, int))
