# Deprecation warnings of threading's aliases: silent from another module, recorded by catch_warnings, raised under an error filter.
import threading
import helper_mod

print(helper_mod.names())
print(threading.currentThread().getName())
for _ in range(2):
    print(threading.activeCount())
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    threading.Event().isSet()
    helper_mod.names()
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error", DeprecationWarning)
try:
    threading.current_thread().isDaemon()
except DeprecationWarning as e:
    print("raised", e)
