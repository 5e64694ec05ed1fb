"""Temporary files and directories: the part of CPython's Lib/tempfile.py ordinary programs use.

gettempdir, mkdtemp, mkstemp-free TemporaryDirectory. Names are "tmp" + 8 characters from
CPython's alphabet (Lib/tempfile.py, _RandomNameSequence), drawn from an OS-seeded generator.
"""

import os as _os
from random import Random as _Random

__all__ = ["gettempdir", "gettempprefix", "mkdtemp", "TemporaryDirectory", "TMP_MAX", "template"]

TMP_MAX = 10000
template = "tmp"

_characters = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _Random()
tempdir = None


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempdir():
    """The directory temporary files go in: $TMPDIR, $TEMP, $TMP, else /tmp (CPython's _candidate_tempdir_list)."""
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            value = _os.environ.get(name)
            if value:
                tempdir = _os.path.abspath(value)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _random_name():
    return "".join(_rng.choice(_characters) for _ in range(8))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory readable and writable only by its creator; returns its absolute path."""
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def _rmtree(path):
    for name in _os.listdir(path):
        full = _os.path.join(path, name)
        if _os.path.isdir(full):
            _rmtree(full)
        else:
            _os.remove(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed, with everything in it, when the context ends (or on cleanup())."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._closed:
            return
        self._closed = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
