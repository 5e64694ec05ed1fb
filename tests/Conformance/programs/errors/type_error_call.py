# Uncaught TypeError from calling a function with a wrong argument, inside a class method chain.
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
print(f.table(["x", 42]))
