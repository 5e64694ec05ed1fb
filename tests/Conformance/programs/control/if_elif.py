# if/elif/else chains, nested conditions, pass, and conditional logic in a FizzBuzz and a classifier.
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
def classify(temp):
    if temp < 0:
        return "freezing"
    elif temp < 10:
        return "cold"
    elif temp < 20:
        return "mild"
    elif temp < 30:
        return "warm"
    return "hot"
print([classify(t) for t in (-5, 0, 9.9, 10, 25, 30, 45)])
def leap(year):
    if year % 4 != 0:
        return False
    if year % 100 != 0:
        return True
    return year % 400 == 0
print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(1900), leap(2024))
x = 0
if x:
    print("truthy")
else:
    pass
if []: print("no")
elif {}: print("no")
elif "": print("no")
else: print("all falsy")
def sign(n):
    return 1 if n > 0 else -1 if n < 0 else 0
print([sign(n) for n in (-3, 0, 2)])
age, member = 17, True
if age >= 18:
    if member:
        print("adult member")
    else:
        print("adult")
elif member:
    print("junior member")
