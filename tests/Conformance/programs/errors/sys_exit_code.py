# sys.exit(3): exit status 3, no traceback, stdout flushed.
import sys
print("doing work")
for i in range(3):
    print("step", i)
sys.exit(3)
print("not reached")
