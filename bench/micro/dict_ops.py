"""Dict operations on str keys, per item: a plain loop, get, store, subscript, `in`, and the word count that combines them.

Run under python3 and `portalis run`; prints the best of 5 runs in ns per item (timings, not a deterministic result).
"""
import time
def loop_only(words):
    n = 0
    for word in words:
        n += 1
    return n
def get_only(words, d):
    for word in words:
        d.get(word, 0)
def set_only(words, d):
    for word in words:
        d[word] = 1
def getitem(words, d):
    for word in words:
        d[word]
def contains(words, d):
    n = 0
    for word in words:
        if word in d:
            n += 1
    return n
def count(words):
    freq = {}
    for word in words:
        freq[word] = freq.get(word, 0) + 1
    return freq
syl = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
w = (" ".join(syl[i % 8] + syl[(i * 7) % 8] + syl[(i*i) % 8] for i in range(1000000))).split()
d = count(w)
for f, args in (("loop", (loop_only, (w,))), ("get", (get_only, (w, d))), ("set", (set_only, (w, d))), ("getitem", (getitem, (w, d))), ("contains", (contains, (w, d))), ("count", (count, (w,)))):
    fn, a = args
    best = 9
    for _ in range(5):
        t = time.perf_counter(); fn(*a); best = min(best, time.perf_counter() - t)
    print(f"{f:9s} {best*1e9/len(w):6.1f} ns/item")
