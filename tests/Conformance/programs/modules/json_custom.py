# json with custom objects: default= hook, object_hook, a class to dict round trip, and pretty printing of a config.
import json
from dataclasses import dataclass, asdict
@dataclass
class Task:
    title: str
    done: bool = False
    priority: int = 2
def encode(obj):
    if isinstance(obj, Task):
        return {"__task__": True, **asdict(obj)}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
def decode(d):
    if d.pop("__task__", False):
        return Task(**d)
    return d
tasks = [Task("write"), Task("test", True, 1)]
payload = json.dumps({"tasks": tasks, "ids": {3, 1, 2}}, default=encode, indent=2)
print(payload)
back = json.loads(payload, object_hook=decode)
print(back)
print(back["tasks"][1].done, back["tasks"] == tasks)
class Money:
    pass
try:
    json.dumps(Money(), default=encode)
except TypeError as e:
    print("TypeError:", e)
config = json.loads('{"server": {"port": 8080, "hosts": ["a", "b"]}, "debug": false}')
config["server"]["port"] += 1
config["debug"] = not config["debug"]
print(json.dumps(config, sort_keys=True))
print(json.loads("[1, 2]", parse_int=str), json.loads("1.5", parse_float=lambda s: "float:" + s))
