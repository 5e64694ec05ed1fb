# textkit package marker with a version.
__version__ = "0.3"
