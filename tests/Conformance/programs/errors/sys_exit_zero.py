# sys.exit(0) and sys.exit(None) end the program with status 0; except Exception does not catch SystemExit.
import sys
try:
    print("before exit")
    sys.exit(None)
except Exception:
    print("not caught by except Exception")
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("continuing")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught again, code", e.code, "args", e.args)
try:
    sys.exit(0)
finally:
    print("cleanup on exit")
print("not reached")
