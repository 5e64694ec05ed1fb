X = "relative ok"
