# Control flow mixing loops and exception handling: continue/break inside try/except/else/finally and validating input records.
records = ["12", "x", "7", "", "-3", "100", "stop", "5"]
total = 0
for raw in records:
    try:
        if raw == "stop":
            print("stop marker")
            break
        value = int(raw)
        if value < 0:
            print(f"skipping negative {value}")
            continue
    except ValueError:
        print(f"not a number: {raw!r}")
        continue
    else:
        total += value
        print(f"added {value}, total {total}")
    finally:
        print(f"  processed {raw!r}")
print("total", total)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise TimeoutError(f"attempt {attempt} timed out")
        print("succeeded on attempt", attempt)
        break
    except TimeoutError as e:
        print(e)
    finally:
        print("  after attempt", attempt)
results = []
for n in [4, 0, 2]:
    try:
        results.append(8 // n)
    except ZeroDivisionError:
        results.append(None)
print(results)
