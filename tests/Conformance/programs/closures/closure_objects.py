# Closures as lightweight objects: a stack and a bank account built from closures, compared with a class, and a generator-based counter.
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()
    def peek():
        return items[-1] if items else None
    def size():
        return len(items)
    return {"push": push, "pop": pop, "peek": peek, "size": size}
s = make_stack()
print(s["push"](1), s["push"](2), s["peek"](), s["pop"](), s["size"]())
t = make_stack()
t["push"]("other")
print(s["size"](), t["size"](), t["peek"]())
try:
    s["pop"](); s["pop"]()
except IndexError as e:
    print("IndexError:", e)
def account(owner):
    balance = 0
    history = []
    def transact(amount):
        nonlocal balance
        if balance + amount < 0:
            history.append(("rejected", amount))
            return False
        balance += amount
        history.append(("ok", amount))
        return True
    def report():
        return f"{owner}: {balance} after {len(history)} transactions {history}"
    return transact, report
tx, rep = account("ann")
print([tx(a) for a in (100, -30, -100, 50)])
print(rep())
def ticker():
    n = 0
    while True:
        n += 1
        yield n
tick = ticker().__next__
print(tick(), tick(), tick())
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result, done = fn(*a), True
        return result
    return wrapper
init = once(lambda x: print("  initialising with", x) or x * 2)
print(init(5), init(99), init(0))
