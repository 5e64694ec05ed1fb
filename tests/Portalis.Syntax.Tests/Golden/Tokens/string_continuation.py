s = 'abc\
def'
t = ("x"
     "y")
