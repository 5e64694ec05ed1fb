# heapq applications: merging k sorted lists by hand, running median with two heaps, top-k frequent words, and nsmallest ties.
import heapq
def kmerge(lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heapq.heappop(heap)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out
lists = [[1, 4, 9], [2, 2, 8, 10], [], [0, 11]]
print(kmerge(lists), kmerge(lists) == sorted(sum(lists, [])), list(heapq.merge(*lists)) == kmerge(lists))
lo, hi = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    if not lo or x <= -lo[0]:
        heapq.heappush(lo, -x)
    else:
        heapq.heappush(hi, x)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
words = "a b c a b a d e e e e f".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(heapq.nlargest(3, freq.items(), key=lambda kv: kv[1]), heapq.nsmallest(2, freq, key=freq.get))
print(heapq.nsmallest(3, [(2, "b"), (1, "z"), (2, "a"), (1, "y")]), heapq.nlargest(2, [3, 3, 1, 3]))
