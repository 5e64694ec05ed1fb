# linecache: getline/getlines over a data file, a missing file, checkcache after the file changed, clearcache and lazycache.
import linecache
import os
import sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linecache_data.txt")
with open(here, "w", encoding="utf-8") as f:
    f.write("alpha\nbeta\ngamma")
try:
    print(repr(linecache.getline(here, 1)))
    print(repr(linecache.getline(here, 3)))
    print(repr(linecache.getline(here, 4)))
    print(repr(linecache.getline(here, 0)))
    print(len(linecache.getlines(here)))
    print(repr(linecache.getline("no_such_file.txt", 1)))
    with open(here, "w", encoding="utf-8") as f:
        f.write("one\ntwo and more text\n")
    print(repr(linecache.getline(here, 1)))
    linecache.checkcache(here)
    print(repr(linecache.getline(here, 2)))
    linecache.clearcache()
    print(linecache.getlines(here))
    print(linecache.lazycache(here, None))
finally:
    os.remove(here)
