# copy.copy vs copy.deepcopy with nested lists/dicts, cyclic references, custom classes and __deepcopy__ hooks.
import copy
orig = {"name": "cfg", "values": [1, 2, [3, 4]], "meta": {"tags": ["a"]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["values"][2].append(5)
orig["meta"]["tags"].append("b")
orig["name"] = "changed"
print(orig)
print(shallow)
print(deep)
print(shallow["values"] is orig["values"], deep["values"] is orig["values"])
cyclic = [1, 2]
cyclic.append(cyclic)
c2 = copy.deepcopy(cyclic)
print(c2[2] is c2, c2[2] is cyclic, c2[:2], cyclic)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].value = 40
t3 = copy.copy(tree)
t3.value = 100
t3.children.append(Node(5))
print(tree)
print(t2)
print(t3)
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, [2]])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.data is t.data, b.data is t.data, b.data == t.data)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, 2)), copy.deepcopy((1, [2])))
