# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, adding days, and printing a month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    days = d
    for year in range(1, y):
        days += 366 if is_leap(year) else 365
    for month in range(1, m):
        days += days_in_month(y, month)
    return days
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    while d < 1:
        m -= 1
        if m < 1:
            m, y = 12, y - 1
        d += days_in_month(y, m)
    return y, m, d
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(date, day_of_week(*date))
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1), ordinal(2000, 3, 1) - ordinal(2000, 2, 28), ordinal(1900, 3, 1) - ordinal(1900, 2, 28))
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 25, 10), add_days(2024, 3, 1, -1), add_days(2021, 1, 1, 365 * 3 + 1))
def calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(day_of_week(y, m, 1))
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
print(calendar(2026, 11))
