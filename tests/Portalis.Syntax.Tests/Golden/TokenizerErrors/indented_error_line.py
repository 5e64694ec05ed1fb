if 1:
        x = 'abc
