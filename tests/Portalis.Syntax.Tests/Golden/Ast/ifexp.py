a if b else c
a if b else c if d else e
x = (lambda: 1) if y else None
