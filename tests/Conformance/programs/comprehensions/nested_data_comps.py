# Comprehensions over nested data: transposing, flattening JSON-like records, filtering and summarising.
orders = [
    {"id": 1, "customer": "ann", "items": [{"sku": "A", "qty": 2, "price": 3.5}, {"sku": "B", "qty": 1, "price": 10.0}]},
    {"id": 2, "customer": "bob", "items": [{"sku": "A", "qty": 5, "price": 3.5}]},
    {"id": 3, "customer": "ann", "items": []},
    {"id": 4, "customer": "cy", "items": [{"sku": "C", "qty": 1, "price": 99.99}, {"sku": "B", "qty": 3, "price": 10.0}]},
]
totals = {o["id"]: round(sum(i["qty"] * i["price"] for i in o["items"]), 2) for o in orders}
print(totals)
print([o["id"] for o in orders if not o["items"]])
skus = sorted({i["sku"] for o in orders for i in o["items"]})
print(skus)
qty_by_sku = {s: sum(i["qty"] for o in orders for i in o["items"] if i["sku"] == s) for s in skus}
print(qty_by_sku)
by_customer = {c: [o["id"] for o in orders if o["customer"] == c] for c in dict.fromkeys(o["customer"] for o in orders)}
print(by_customer)
lines = [(o["id"], i["sku"], i["qty"]) for o in orders for i in o["items"]]
for line in lines:
    print(*line, sep="\t")
table = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([list(col) for col in zip(*table)])
print([[c for c in row if c % 2 == 0] for row in table])
print([sum(row) / len(row) for row in table], [max(col) - min(col) for col in zip(*table)])
