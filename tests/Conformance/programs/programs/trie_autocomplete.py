# A trie for autocomplete: insert words with counts, prefix search ranked by frequency then alphabetically, delete, and size.
class TrieNode:
    __slots__ = ("children", "count")
    def __init__(self):
        self.children = {}
        self.count = 0
class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0
    def insert(self, word, times=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += times
    def _walk(self, node, prefix):
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)
    def complete(self, prefix, limit=5):
        node = self.root
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        found = sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:limit]]
    def delete(self, word):
        path, node = [], self.root
        for ch in word:
            if ch not in node.children:
                raise KeyError(word)
            path.append((node, ch))
            node = node.children[ch]
        if not node.count:
            raise KeyError(word)
        node.count = 0
        self.size -= 1
        for parent, ch in reversed(path):
            child = parent.children[ch]
            if child.count or child.children:
                break
            del parent.children[ch]
    def __contains__(self, word):
        node = self.root
        for ch in word:
            node = node.children.get(ch)
            if node is None:
                return False
        return node.count > 0
t = Trie()
text = "the then there these theory them they tree trie try trying tried the the then they they they"
for w in text.split():
    t.insert(w)
print(t.size, "the" in t, "th" in t, "tryin" in t)
for prefix in ["th", "the", "tr", "try", "x", ""]:
    print(repr(prefix), t.complete(prefix))
t.delete("they")
t.delete("trying")
print(t.size, t.complete("the"), t.complete("try"), "try" in t)
try:
    t.delete("th")
except KeyError as e:
    print("KeyError:", e)
