# Map-reduce word counts with Pool.map, a partition step and Pool.starmap; Counter results copied back.
import multiprocessing as mp
from collections import Counter
from functools import reduce
import string

DOCS = [
    "It was the best of times, it was the worst of times.",
    "It was the age of wisdom, it was the age of foolishness.",
    "It was the epoch of belief, it was the epoch of incredulity.",
    "It was the season of Light, it was the season of Darkness.",
] * 5

def mapper(doc):
    words = doc.lower().translate(str.maketrans("", "", string.punctuation)).split()
    return Counter(words)

def merge(a, b):
    a.update(b)
    return a

def partition(counter, n):
    parts = [Counter() for _ in range(n)]
    for w, c in counter.items():
        parts[sum(map(ord, w)) % n][w] += c
    return parts

def reducer(part):
    return sorted(part.items(), key=lambda kv: (-kv[1], kv[0]))[:3]

if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        partials = pool.map(mapper, DOCS, chunksize=3)
        total = reduce(merge, partials, Counter())
        tops = pool.map(reducer, partition(total, 3))
        starred = pool.starmap(max, [(1, 5), (7, 2)])
    print(total.most_common(5))
    print(tops)
    print(starred, sum(total.values()))
    print(type(partials[0]).__name__)
