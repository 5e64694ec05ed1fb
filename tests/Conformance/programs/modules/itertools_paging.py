# itertools in data processing: paging with islice, batching, chain for merging sources, groupby on sorted records, product grids.
from itertools import islice, chain, groupby, product, count, accumulate
def pages(iterable, size):
    it = iter(iterable)
    while True:
        page = list(islice(it, size))
        if not page:
            return
        yield page
for i, page in enumerate(pages(range(1, 24), 5), 1):
    print(f"page {i}: {page}")
sources = [["a1", "a2"], ("b1",), (f"c{i}" for i in range(1, 4))]
print(list(chain(*sources)))
sales = [("2024-01", "north", 5), ("2024-01", "south", 3), ("2024-02", "north", 7), ("2024-02", "north", 1), ("2024-03", "south", 4)]
for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=lambda r: r[1])
print({region: sum(r[2] for r in rows) for region, rows in groupby(by_region, key=lambda r: r[1])})
sizes, colors = ["S", "M", "L"], ["red", "blue"]
skus = [f"{s}-{c}" for s, c in product(sizes, colors)]
print(skus)
labelled = list(zip(count(100, 10), skus))
print(labelled[:3], labelled[-1])
print(list(accumulate(r[2] for r in sales)))
