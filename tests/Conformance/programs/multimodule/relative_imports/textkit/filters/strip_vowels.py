# Vowel-stripping filter.
from .base import Filter
class StripVowels(Filter):
    name = "strip_vowels"
    def apply(self, text):
        return "".join(c for c in text if c.lower() not in "aeiou")
