"""The entry points CPython's codecs module takes from its C module _codecs, for Portalis.

Portalis: only encode and decode live here (the registry is in codecs.py). They keep CPython's module name
'_codecs', which pickle protocols 0-2 record when they pickle bytes (as a call of _codecs.encode), so the
pickled data is byte for byte CPython's and unpickles on either side.
"""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    import codecs
    return codecs.lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    import codecs
    return codecs.lookup(encoding).decode(obj, errors)[0]
