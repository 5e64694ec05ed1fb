# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Playlist:
    def __init__(self, songs=()):
        self._songs = list(songs)
    def __len__(self):
        return len(self._songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self._songs[index])
        return self._songs[index]
    def __setitem__(self, index, value):
        print(f"  set [{index}] = {value!r}")
        self._songs[index] = value
    def __delitem__(self, index):
        print(f"  del [{index}]")
        del self._songs[index]
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)
    def __iter__(self):
        return iter(self._songs)
    def __reversed__(self):
        return reversed(self._songs)
    def __repr__(self):
        return f"Playlist({self._songs})"
p = Playlist(["Intro", "Song A", "Song B", "Outro"])
print(len(p), p[0], p[-1], p[1:3], p[::-1])
p[1] = "Song A (remix)"
del p[0]
print(p, "OUTRO" in p, "intro" in p, list(reversed(p)), bool(p), bool(Playlist()))
for i, s in enumerate(p):
    print(i, s)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares() if x % 2])
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
for r in range(3):
    print("".join(g[r, c] for c in range(3)))
class Registry(dict):
    def __missing__(self, key):
        value = f"<{key}>"
        self[key] = value
        return value
reg = Registry(a=1)
print(reg["a"], reg["b"], reg)
