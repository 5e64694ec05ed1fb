# Base filter class; uses the parent package's util via `from .. import util`.
from .. import util
class Filter:
    name = "base"
    def __call__(self, text):
        return self.apply(text)
    def apply(self, text):
        raise NotImplementedError
    def words(self, text):
        return util.wordcount(text)
