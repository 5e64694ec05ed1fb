# Multi-module: `import helpers`, `from helpers import ...`, `import helpers as h`, module attributes and __name__.
import helpers
from helpers import slugify, Counter as TallyCounter
import helpers as h
print(__name__, helpers.__name__)
print(helpers.VERSION, h is helpers)
print(slugify("Hello, World! 2024"), helpers.slugify("  Many   Spaces  "))
c = TallyCounter()
for word in "a b a c b a".split():
    c.add(word)
print(c.most_common(), isinstance(c, helpers.Counter))
print(helpers.call_count)
helpers.VERSION = "patched"
print(h.VERSION, helpers.describe())
print(sorted(name for name in dir(helpers) if not name.startswith("_")))
