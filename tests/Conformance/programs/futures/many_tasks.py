# Many small tasks on a few workers: shared containers lose nothing; results aggregate exactly.
from concurrent.futures import ThreadPoolExecutor, as_completed

shared_list = []
shared_dict = {}
shared_set = set()


def task(i):
    shared_list.append(i)
    shared_dict[i] = i * i
    shared_set.add(i % 97)
    return i % 7


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(task, i) for i in range(2000)]
    total = sum(f.result() for f in as_completed(futures))
print(total)
print(len(shared_list), sorted(shared_list) == list(range(2000)))
print(len(shared_dict), sum(shared_dict.values()))
print(len(shared_set))

counts = {}
with ThreadPoolExecutor(max_workers=3) as ex:
    for word in ex.map(str.lower, ["A", "b", "B", "c", "C", "c"] * 50):
        counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
