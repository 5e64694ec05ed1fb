@dec
@dec.attr(1)
class C: pass; x = 1;
