# Uncaught exception raised in a method called from a lambda used as a sort key.
class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
    def density(self):
        return self.weight / len(self.name)
items = [Item("box", 6), Item("crate", 20), Item("", 3)]
print([i.name for i in items[:2]])
print(sorted(items[:2], key=lambda i: i.density())[0].name)
ordered = sorted(items, key=lambda i: i.density())
print("not reached", ordered)
