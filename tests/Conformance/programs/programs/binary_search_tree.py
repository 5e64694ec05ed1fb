# Binary search tree: insert, search, delete (all three cases), in/pre/post-order traversals, height, and iteration.
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1; return Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None or node.right is None:
                    return node.left or node.right
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def preorder(self, n="root"):
        n = self.root if n == "root" else n
        return [] if n is None else [n.key] + self.preorder(n.left) + self.preorder(n.right)
    def postorder(self, n="root"):
        n = self.root if n == "root" else n
        return [] if n is None else self.postorder(n.left) + self.postorder(n.right) + [n.key]
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), t.size, t.height())
print(t.preorder())
print(t.postorder())
print(40 in t, 55 in t)
for k in [20, 30, 50, 70]:
    t.delete(k)
    print("deleted", k, "->", list(t), "pre", t.preorder(), "height", t.height(), "size", t.size)
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), words.size)
