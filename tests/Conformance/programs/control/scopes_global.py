# global statement, module-level state mutated from functions, UnboundLocalError, and del of names.
counter = 0
log = []
def increment(by=1):
    global counter
    counter += by
    log.append(counter)
for _ in range(3):
    increment()
increment(10)
print(counter, log)
def read_only():
    return counter * 2
print(read_only())
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
temp = 5
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
def uses_undefined():
    return undefined_name
try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
