# datetime argument checks raise the C implementation's messages.
import datetime
for args in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1), (10000, 1, 1)]:
    try:
        datetime.date(*args)
    except ValueError as e:
        print(e)
for args in [(24, 0), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        datetime.time(*args)
    except ValueError as e:
        print(e)
try:
    datetime.time(1, fold=2)
except ValueError as e:
    print(e)
try:
    datetime.datetime(2020, 1, 32)
except ValueError as e:
    print(e)
