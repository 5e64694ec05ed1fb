# Runaway recursion: RecursionError at sys.getrecursionlimit(), and deep recursion allowed once the limit is raised.
import sys
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(20000)
print(depth(15000))
def f(): f()
f()
