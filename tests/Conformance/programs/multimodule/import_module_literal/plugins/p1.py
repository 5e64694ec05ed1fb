NAME = "p1"
