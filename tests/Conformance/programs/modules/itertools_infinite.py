# itertools infinite and terminating iterators: count, cycle, repeat, islice, takewhile, dropwhile, accumulate, starmap.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile, accumulate, starmap
import operator
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ABC"), 7)), list(repeat("x", 3)), list(map(pow, range(5), repeat(2))))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", 3)), list(islice("abcdef", 4, None)))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2, 1])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2, 1])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a * b, zip(range(4), range(4)))))
for i, color in zip(count(1), cycle(["red", "green"])):
    if i > 5:
        break
    print(i, color)
ids = count(1000)
tickets = {name: next(ids) for name in ["ann", "bob", "cy"]}
print(tickets, next(ids))
balance = list(accumulate([100, -20, -50, 30, -80], initial=0))
print(balance, min(balance))
lines = ["# header", "# more", "data 1", "# not header", "data 2"]
print(list(dropwhile(lambda l: l.startswith("#"), lines)))
