# heapq: heappush/heappop order, heapify, nlargest/nsmallest with key, heapreplace/pushpop, merge, a task queue.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
    print("push", v, h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, data[0])
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), data)
nums = [15, 3, 99, 42, 7, 64, 23]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
people = [("ann", 31), ("bob", 25), ("cy", 47), ("di", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(1, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = []
counter = 0
def add(priority, name):
    global counter
    heapq.heappush(tasks, (priority, counter, name))
    counter += 1
add(3, "write docs")
add(1, "fix bug")
add(2, "review")
add(1, "deploy")
while tasks:
    p, _, name = heapq.heappop(tasks)
    print(p, name)
maxheap = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxheap, -v)
print([-heapq.heappop(maxheap) for _ in range(3)])
