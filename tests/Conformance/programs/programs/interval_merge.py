# Interval problems: merging overlapping ranges, free slots in a calendar, meeting rooms needed, and point coverage.
import heapq
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(i) for i in out]
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (10, 11)]))
print(merge([]), merge([(5, 5)]), merge([(1, 10), (2, 3), (4, 5)]))
def fmt(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
busy = [(9 * 60, 10 * 60), (9 * 60 + 30, 11 * 60), (13 * 60, 14 * 60 + 15), (16 * 60, 17 * 60)]
day = (8 * 60, 18 * 60)
free, cur = [], day[0]
for s, e in merge(busy):
    if s > cur:
        free.append((cur, s))
    cur = max(cur, e)
if cur < day[1]:
    free.append((cur, day[1]))
print([f"{fmt(s)}-{fmt(e)}" for s, e in free], sum(e - s for s, e in free), "free minutes")
def rooms_needed(meetings):
    ends, peak = [], 0
    for s, e in sorted(meetings):
        while ends and ends[0] <= s:
            heapq.heappop(ends)
        heapq.heappush(ends, e)
        peak = max(peak, len(ends))
    return peak
print(rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (2, 6), (3, 7), (4, 8), (5, 9)]))
def coverage(intervals, points):
    return {p: sum(1 for s, e in intervals if s <= p < e) for p in points}
print(coverage([(0, 5), (3, 8), (4, 6)], range(0, 9)))
