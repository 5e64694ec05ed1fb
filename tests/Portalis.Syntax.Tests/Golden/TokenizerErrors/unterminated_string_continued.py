x = 'a\
b
