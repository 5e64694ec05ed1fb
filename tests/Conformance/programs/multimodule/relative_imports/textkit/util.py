# Utility module used from the subpackage via `from .. import util`.
def wordcount(text):
    return len(text.split())
def banner(text):
    return f"[{text}]"
