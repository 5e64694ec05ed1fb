# sys.exit with a message after partial output, atexit handlers and flushed buffers.
import sys, atexit
atexit.register(lambda: print("atexit ran"))
def check(config):
    missing = [k for k in ("host", "port") if k not in config]
    if missing:
        sys.exit(f"config error: missing {', '.join(missing)}")
    return config
print("starting", flush=False)
print(check({"host": "x", "port": 1}))
sys.stdout.write("partial line without newline")
check({"host": "y"})
print("never")
