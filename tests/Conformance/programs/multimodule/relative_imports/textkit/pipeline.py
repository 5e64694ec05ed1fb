# Pipeline module importing from a sibling and the package itself.
from . import __version__
from .util import banner
class Pipeline:
    def __init__(self, filters):
        self.filters = filters
    def run(self, text):
        for f in self.filters:
            text = f(text)
            print("  after", f.name, "->", text)
        return banner(text)
def describe():
    return f"textkit {__version__} pipeline"
