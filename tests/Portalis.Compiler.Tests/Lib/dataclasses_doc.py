from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import List, Optional, ClassVar, Dict
import collections

class Foo:
    pass

@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional[str] = None
    k: ClassVar[int] = 3
    w: InitVar[int] = 0
    _: KW_ONLY
    q: list[int] = None
    f: Foo = None
    d: Dict[str, 'Foo'] = None
    c: collections.OrderedDict = None
    s: str = 'a'
print(A.__doc__)

@dataclass
class B:
    """Doc."""
    x: int
print(B.__doc__)

@dataclass
class E:
    pass
print(E.__doc__)

@dataclass(init=False)
class F:
    x: int
print(F.__doc__)

@dataclass
class Child(A):
    extra: float = 1.5
print(Child.__doc__)

@dataclass(init=False)
class NoInitChild(B):
    y: int = 0
print(NoInitChild.__doc__)
