# dataclass inheritance: fields accumulate in order, overriding defaults, methods, and eq across subclasses.
from dataclasses import dataclass, field, asdict
@dataclass
class Person:
    name: str
    age: int = 0
    def greet(self):
        return f"I am {self.name}"
@dataclass
class Employee(Person):
    company: str = "none"
    skills: list = field(default_factory=list)
    def greet(self):
        return super().greet() + f" from {self.company}"
e = Employee("Ann", 30, "Acme", ["python"])
print(e, e.greet())
print(Employee("Bob"), asdict(Employee("Cy", company="X")))
print(Person("Ann", 30) == Employee("Ann", 30), Person("Ann", 30) == Person("Ann", 30))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    x: int = 10
    z: int = 3
print(Derived(), Derived(5, 6, 7))
@dataclass(repr=False, eq=False)
class Plain:
    v: int
    def __repr__(self):
        return f"<Plain {self.v}>"
print(Plain(1), Plain(1) == Plain(1))
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(tree.total(), asdict(tree))
