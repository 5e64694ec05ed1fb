# Multi-module uncaught exception: the traceback crosses main.py, a package module and a helper module.
from validation.rules import validate_all
records = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "", "age": 40}]
for ok in validate_all(records[:2]):
    print("valid:", ok)
print("now validating everything")
print(validate_all(records))
