# Uncaught exception raised inside an except block: traceback shows "During handling of the above exception".
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing key", key)
        raise RuntimeError(f"setting {key} is required")
settings = {"host": "localhost", "user": "admin"}
for key in ["host", "user"]:
    print(key, "=", load(settings, key))
try:
    load(settings, "timeout")
except RuntimeError as e:
    print("handled:", e, "| context:", repr(e.__context__))
print(load(settings, "port"))
