# Builtins called on values the inference cannot type (abs, min, len on list items and attributes).
class Q:
    def __init__(self, x):
        self.x = x


def run(items):
    s = 0
    for q in items:
        s += abs(q.x) + min(q.x, 3) + len(items)
    return s


items = [Q(i - 100000) for i in range(200000)]
print(sum(run(items) for _ in range(5)))
