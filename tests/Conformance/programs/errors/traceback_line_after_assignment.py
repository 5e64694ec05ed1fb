# An uncaught KeyError raised by a return statement that follows an assignment: the traceback names the return's line.
def final():
    data = {"a": 1}
    return data["b"]


final()
