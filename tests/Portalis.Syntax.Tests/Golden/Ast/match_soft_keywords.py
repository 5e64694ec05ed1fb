match = 1
case = 2
_ = 3
match(x)
match[0]
match.x = case
match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
