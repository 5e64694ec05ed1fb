# Exceptions shared by the shapes modules.
class ShapeError(Exception):
    pass
class UnknownShape(ShapeError):
    pass
class InvalidSize(ShapeError):
    pass
