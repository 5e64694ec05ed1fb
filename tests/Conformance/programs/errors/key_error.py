# Uncaught KeyError from a dict lookup inside a loop, after partial output.
inventory = {"apple": 3, "pear": 5, "plum": 0}
prices = {"apple": 0.5, "pear": 0.75, "plum": 1.25}
print("stock:", inventory)
print("value:", sum(inventory[k] * prices[k] for k in inventory))
orders = ["apple", "pear", "pear", "banana", "apple"]
shipped = []
for item in orders:
    print("taking", item)
    if inventory.get(item, 1) == 0:
        print("  out of stock, skipping")
        continue
    inventory[item] -= 1
    shipped.append(item)
    print("  left", inventory[item], "shipped so far", shipped)
print("not reached")
