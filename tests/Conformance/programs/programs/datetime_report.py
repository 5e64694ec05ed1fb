# datetime arithmetic, strftime/strptime and calendars.
from datetime import date, datetime, timedelta, time, timezone
import calendar
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), (date(2024, 12, 25) - d).days, d.weekday(), d.isoweekday(), d.isocalendar())
dt = datetime(2023, 3, 14, 15, 9, 26, 535897)
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %A %B %j %U %w %I%p %y %b %a %%"), dt.isoformat(), dt.date(), dt.time())
print(dt.replace(year=2020, microsecond=0), dt - timedelta(hours=25, minutes=61), dt.timestamp() if dt.tzinfo else "naive")
p = datetime.strptime("2021-07-04 18:30", "%Y-%m-%d %H:%M")
print(p, repr(p), p.strftime("%d/%m/%Y"), datetime.strptime("05 Mar 99", "%d %b %y"))
td = timedelta(days=3, hours=4, minutes=5, seconds=6.5)
print(td, td.total_seconds(), repr(td), -td, td * 2, td / 3, td // timedelta(hours=1), timedelta(seconds=-1))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), repr(est), utc.isoformat(), utc == utc.astimezone(est))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
ages = {"ann": date(1990, 5, 17), "bob": date(2000, 2, 29)}
today = date(2024, 3, 1)
for name, born in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name:>4}: {born:%b %d, %Y} age {age:2d}")
print(time(9, 5).strftime("%H:%M"), time(23, 59, 59, 999999).isoformat(), max(date(2020, 1, 1), date(2019, 12, 31)), date.fromordinal(738000))
print(sorted([datetime(2024, 1, 1, 10), datetime(2023, 5, 5), datetime(2024, 1, 1, 9)])[0], (datetime(2024, 3, 10) - datetime(2024, 3, 9, 23, 30)).seconds)
