# Nested classes, methods calling other methods, bound vs unbound methods, and method objects stored for later.
class Tree:
    class Node:
        def __init__(self, value):
            self.value = value
            self.children = []
        def add(self, value):
            child = Tree.Node(value)
            self.children.append(child)
            return child
    def __init__(self, root):
        self.root = Tree.Node(root)
    def walk(self, node=None, depth=0):
        node = node or self.root
        yield depth, node.value
        for ch in node.children:
            yield from self.walk(ch, depth + 1)
    def render(self):
        return "\n".join("  " * d + str(v) for d, v in self.walk())
t = Tree("root")
a = t.root.add("a")
a.add("a1")
a.add("a2")
t.root.add("b").add("b1").add("b11")
print(t.render())
print(Tree.Node.__qualname__, type(a).__name__)
class Calculator:
    def __init__(self):
        self.value = 0
    def add(self, n):
        self.value += n
        return self
    def mul(self, n):
        self.value *= n
        return self
    def apply(self, ops):
        for name, arg in ops:
            getattr(self, name)(arg)
        return self.value
calc = Calculator()
print(calc.add(3).mul(4).add(1).value)
bound = calc.add
bound(10)
print(calc.value, bound.__self__ is calc, bound.__func__ is Calculator.add)
unbound = Calculator.mul
unbound(calc, 2)
print(calc.value)
print(Calculator().apply([("add", 5), ("mul", 3), ("add", -1)]))
actions = [calc.add, calc.mul]
for act in actions:
    act(2)
print(calc.value)
