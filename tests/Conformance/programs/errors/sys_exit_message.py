# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
def check(config):
    if "name" not in config:
        sys.exit("fatal: config has no name")
    print("config ok")
check({"name": "x"})
check({})
