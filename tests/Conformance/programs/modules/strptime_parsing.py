# strptime through CPython's _strptime: datetime.strptime and time.strptime, directives, %z and errors.
from datetime import datetime, date, timedelta
import time
d = datetime.strptime("2024-03-15 14:30:05", "%Y-%m-%d %H:%M:%S")
print(d, d.weekday(), d.strftime("%A %d %B %Y %I:%M %p"))
print(datetime.strptime("15/03/24", "%d/%m/%y").date(), datetime.strptime("Mar 5 2021", "%b %d %Y"))
print(datetime.strptime("2024-03-15T14:30:05.123456+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(time.strptime("2024-03-15", "%Y-%m-%d")[:6])
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("abc", "%Y")
except ValueError as e:
    print("ValueError:", e)
print(date.fromisoformat("2024-02-29") + timedelta(days=1))
