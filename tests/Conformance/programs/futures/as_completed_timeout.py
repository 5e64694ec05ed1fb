# as_completed with a timeout: TimeoutError "N (of M) futures unfinished" after the finished ones.
from concurrent.futures import as_completed, Future

done1 = Future()
done1.set_result(1)
done2 = Future()
done2.set_exception(ValueError("x"))
never = [Future(), Future(), Future()]

results = []
try:
    for f in as_completed(never + [done1, done2], timeout=0.05):
        results.append("ok" if f.exception() is None else "err")
except TimeoutError as e:
    print(type(e).__name__, e)
print(sorted(results))

try:
    for f in as_completed(never, timeout=0):
        print("unexpected", f)
except TimeoutError as e:
    print(type(e).__name__, e)

# Duplicates count once in the message.
try:
    list(as_completed([never[0], never[0], done1], timeout=0.01))
except TimeoutError as e:
    print(e)

# The generator does nothing until the first next(): the timeout starts then.
gen = as_completed([never[1]], timeout=0.01)
never[1].set_result("now done")
print([f.result() for f in gen])
