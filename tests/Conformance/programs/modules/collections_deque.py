# collections.deque: appends/pops at both ends, maxlen, rotate, extendleft, indexing, and a sliding-window maximum.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(8), 3 in d, list(reversed(d)))
d.remove(7)
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), last3.maxlen)
last3.appendleft(99)
print(last3)
def window_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
q = deque(["task1", "task2"])
q.append("task3")
while q:
    print("processing", q.popleft(), "remaining", len(q))
d2 = deque("abc")
d2.clear()
print(d2, deque(range(3)) == deque([0, 1, 2]), deque([1, 2]) + deque([3]))
