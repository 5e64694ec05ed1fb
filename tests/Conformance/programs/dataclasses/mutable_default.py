# dataclasses rejects unhashable (mutable) defaults; list, dict, set and bytearray have __hash__ = None.
from dataclasses import dataclass, field

for t in (list, dict, set, bytearray, tuple, frozenset, str, int):
    print(t.__name__, t.__hash__ is None)

for default in ([], {}, set(), bytearray(b"x")):
    try:
        @dataclass
        class Config:
            values: object = default
    except ValueError as e:
        print("ValueError:", e)

@dataclass
class Ok:
    values: list = field(default_factory=list)
    names: tuple = ()
print(Ok(), Ok([1]).values)

class Row(list):
    pass

class HashedRow(list):
    def __hash__(self):
        return len(self)

try:
    hash(Row([1]))
except TypeError as e:
    print("TypeError:", e)
print(hash(HashedRow([1, 2])))
for value in ([1], {"a": 1}, {1}):
    try:
        {value: 1}
    except TypeError as e:
        print("TypeError:", e)
