# Subpackage init importing its own modules.
from . import upper, strip_vowels
