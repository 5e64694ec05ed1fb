# Uncaught TypeError: instantiating an abstract class that lacks an implementation.
from abc import ABC, abstractmethod
class Plugin(ABC):
    @abstractmethod
    def run(self):
        ...
class Good(Plugin):
    def run(self):
        return "good ran"
class Bad(Plugin):
    pass
for cls in (Good, Bad):
    print("creating", cls.__name__)
    print(cls().run())
