match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case [first, *rest]:
        pass
    case (a, b, *_):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2) as p:
        pass
    case {'k': v, **rest}:
        pass
    case {}:
        pass
    case Color.RED:
        pass
    case [1, 2] | (3, 4) if x > 1:
        pass
    case _:
        pass
