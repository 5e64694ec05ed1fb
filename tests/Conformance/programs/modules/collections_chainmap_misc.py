# collections extras: ChainMap for layered config, deque as a ring buffer of history, Counter arithmetic on inventories.
from collections import ChainMap, deque, Counter, OrderedDict
defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
session = {"size": 14}
cfg = ChainMap(session, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["size"], len(cfg), sorted(cfg))
cfg["lang"] = "fr"
print(session, defaults["lang"], cfg.maps[0] is session)
child = cfg.new_child({"theme": "contrast"})
print(child["theme"], cfg["theme"], dict(child) == {"theme": "contrast", "lang": "fr", "size": 14})
history = deque(maxlen=4)
for cmd in ["ls", "cd src", "make", "make test", "git status", "git diff"]:
    history.append(cmd)
print(list(history), history[-1], history[0])
stock = Counter(apples=10, pears=4, plums=0)
sold = Counter(apples=3, pears=5)
print(stock - sold, sold - stock, stock + sold, +stock)
stock.subtract(sold)
print(stock, [k for k, v in stock.items() if v < 0])
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b"]:
    lru[key] = lru.get(key, 0) + 1
    lru.move_to_end(key)
    if len(lru) > 3:
        print("evict", lru.popitem(last=False))
print(lru)
