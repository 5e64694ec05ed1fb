a and b or c and not d
not not a
a or b or c
a and (b or c)
