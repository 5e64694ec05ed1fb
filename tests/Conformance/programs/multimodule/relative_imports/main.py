# Multi-module relative imports: `from . import x`, `from .. import y`, `from .mod import name` across subpackages.
from textkit import pipeline
from textkit.filters import upper, strip_vowels
from textkit.filters.base import Filter
import textkit.util as util
p = pipeline.Pipeline([upper.Upper(), strip_vowels.StripVowels()])
print(p.run("hello relative imports"))
print(isinstance(p.filters[0], Filter), [f.name for f in p.filters])
print(util.wordcount("a b  c"), util.__name__, upper.__name__, upper.__package__)
print(pipeline.describe())
