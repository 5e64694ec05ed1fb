# Upper-casing filter.
from .base import Filter
class Upper(Filter):
    name = "upper"
    def apply(self, text):
        return text.upper()
