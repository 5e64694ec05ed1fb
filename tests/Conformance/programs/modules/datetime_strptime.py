# datetime.strptime (CPython's Lib/_strptime.py) on the C locale.
from datetime import datetime, date

for text, fmt in [("2024-01-02 03:04", "%Y-%m-%d %H:%M"), ("05/03/24 11:30PM", "%d/%m/%y %I:%M%p"),
                  ("Tue Mar  5 14:07:09 2024", "%a %b %d %H:%M:%S %Y"), ("2023-366", "%Y-%j"),
                  ("March 7, 2021", "%B %d, %Y"), ("12:00:00.250", "%H:%M:%S.%f")]:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError:", e)
print(datetime.strptime("2024-02-29", "%Y-%m-%d").date() == date(2024, 2, 29))
d = datetime.strptime("30 Nov 00", "%d %b %y")
print(d.year, d.month, d.day, d.weekday(), d.timetuple().tm_yday)
for bad in ["2024-13-01", "not a date"]:
    try:
        datetime.strptime(bad, "%Y-%m-%d")
    except ValueError as e:
        print("ValueError:", e)
