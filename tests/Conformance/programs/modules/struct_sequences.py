# Struct sequences (time.struct_time, os.stat_result, sys.flags): their own types, tuple behaviour.
import time, os, sys
t = time.localtime()
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), type(os.stat(".")).__name__, type(sys.flags).__name__)
print(repr(type(t)))
import time
t = time.struct_time((2024,1,2,3,4,5,6,7,0))
print(t.count(2024), t.index(3), t[1:3], len(t), t + (1,), t == (2024,1,2,3,4,5,6,7,0), t.tm_year, tuple(t), hash(t) == hash(tuple(t)))
print(t)
