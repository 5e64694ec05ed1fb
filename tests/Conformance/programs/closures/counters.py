# Closures with nonlocal: counters, accumulators, independent closure instances and shared cells.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return sum(items) / len(items)
    return add
avg = make_accumulator()
print([avg(x) for x in (10, 20, 30, 40)])
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
print(c1(0), c2(0))
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance
    return deposit, withdraw
dep, wd = bank(50)
print(dep(25), wd(60))
try:
    wd(100)
except ValueError as e:
    print("ValueError:", e)
