# Registry of shape classes keyed by name.
from .errors import UnknownShape, InvalidSize
_registry = {}
def register(name):
    def deco(cls):
        _registry[name] = cls
        cls.kind = name
        return cls
    return deco
def create(name, *args):
    if name not in _registry:
        raise UnknownShape(f"no shape named {name!r}")
    if any(a <= 0 for a in args):
        raise InvalidSize(f"{name} needs positive sizes, got {args}")
    return _registry[name](*args)
def available():
    return sorted(_registry)
