# comment

x = 1  # trailing


if x:
    # inside
    pass
    
