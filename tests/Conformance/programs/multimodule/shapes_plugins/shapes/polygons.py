# Rectangle and square shapes; Square inherits from Rect.
from .registry import register
@register("rect")
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"{type(self).__name__}({self.w}x{self.h})"
@register("square")
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
