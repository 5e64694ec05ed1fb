# Uncaught exception raised in a method called from a lambda used as a sort key.
class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
    def density(self):
        return self.weight / len(self.name)
    def __repr__(self):
        return f"Item({self.name!r}, {self.weight})"
items = [Item("box", 6), Item("crate", 20), Item("barrel", 9), Item("", 3)]
print([i.name for i in items[:3]])
print([round(i.density(), 2) for i in items[:3]])
print(sorted(items[:3], key=lambda i: i.density()))
print(max(items[:3], key=lambda i: i.density()).name)
ordered = sorted(items, key=lambda i: i.density())
print("not reached", ordered)
