# An uncaught exception of a nested class prints its __qualname__ (traceback.format_exception_only).
class Outer:
    class Inner(Exception):
        pass
import traceback
try:
    raise Outer.Inner("x")
except Exception as e:
    print(traceback.format_exception_only(type(e), e))
raise Outer.Inner("boom")
