# strftime week numbers and the other glibc directives (%U %W %V %G %g %C %k %l %P %r) across year boundaries.
from datetime import date, datetime, timedelta
d = date(2023, 1, 1)
for i in range(0, 400, 13):
    x = d + timedelta(days=i)
    print(x.strftime("%Y-%m-%d %a %U %W %V %G %g %C %j %u %w"), datetime(2024, 1, 1, i % 24, 5, 7).strftime("%k|%l|%P|%r|%I"))
for y in (2020, 2021, 2022, 2024, 2026, 2027):
    for m, dd in ((1, 1), (1, 3), (12, 31), (12, 29)):
        print(date(y, m, dd).strftime("%U %W %V %G"), end=" ")
print()
