# Uncaught exception raised inside an except block: traceback shows "During handling of the above exception".
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing key", key)
        raise RuntimeError(f"setting {key} is required")
settings = {"host": "localhost"}
print(load(settings, "host"))
print(load(settings, "port"))
