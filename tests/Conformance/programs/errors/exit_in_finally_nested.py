# sys.exit with a non-int, non-str code (a list) prints its str to stderr with status 1; finally blocks run on the way out.
import sys
def inner():
    try:
        print("inner: exiting")
        sys.exit(["bad", "config"])
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    except SystemExit as e:
        print("outer saw SystemExit, code =", e.code)
        raise
    finally:
        print("outer finally")
outer()
