# AttributeError.name/.obj and NameError.name for errors the interpreter raises; UnicodeError's fields.
class P:
    pass
p = P()
try:
    p.missing
except AttributeError as e:
    print(e.name, e.obj is p)
try:
    undefined_thing
except NameError as e:
    print(e.name)
try:
    raise AttributeError("custom")
except AttributeError as e:
    print(e.name, e.obj)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
