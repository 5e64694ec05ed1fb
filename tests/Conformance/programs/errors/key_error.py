# Uncaught KeyError from a dict lookup inside a loop, after partial output.
inventory = {"apple": 3, "pear": 5}
orders = ["apple", "pear", "banana", "apple"]
for item in orders:
    print("taking", item)
    inventory[item] -= 1
    print("left", inventory[item])
