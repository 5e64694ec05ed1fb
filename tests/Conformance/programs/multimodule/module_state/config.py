# Shared configuration module with mutable state.
load_count = 0
load_count += 1
print("loading config module")
settings = {"debug": False, "name": "default"}
history = []
def update(**kwargs):
    history.append(kwargs)
    settings.update(kwargs)
