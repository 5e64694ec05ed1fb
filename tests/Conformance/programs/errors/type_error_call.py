# Uncaught TypeError from calling len() on an int, inside a class method chain and a list comprehension.
class Formatter:
    def __init__(self, width):
        self.width = width
    def line(self, text):
        return text + " " * (self.width - len(text)) + "|"
    def table(self, rows):
        return [self.line(r) for r in rows]
f = Formatter(8)
for row in f.table(["a", "bb", "ccc"]):
    print(row)
wide = Formatter(12)
print("\n".join(wide.table(["wider", "table"])))
print(f.table([]))
print(f.table(["x", 42]))
