if x:
    a = 1
    if y:
        b

    # comment
  # odd comment
    c
d
