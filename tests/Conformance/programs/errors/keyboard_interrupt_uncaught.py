# An uncaught KeyboardInterrupt prints its traceback; CPython then re-raises SIGINT at itself after
# finalizing (atexit functions run first), so the status is 128 + SIGINT.
import atexit


def cleanup():
    print("atexit cleanup")


def wait_for_input(prompts):
    for i, prompt in enumerate(prompts):
        print(f"{i}: {prompt}")
        if prompt == "quit":
            raise KeyboardInterrupt


atexit.register(cleanup)
try:
    wait_for_input(["start"])
    raise KeyboardInterrupt("first")
except KeyboardInterrupt as e:
    print("caught", repr(e))
wait_for_input(["next", "quit", "never"])
