from __future__ import annotations
from dataclasses import dataclass, field
from typing import List, Optional, ClassVar

@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list)
    z: Optional[str] = None
    k: ClassVar[int] = 3
print(A.__doc__)
