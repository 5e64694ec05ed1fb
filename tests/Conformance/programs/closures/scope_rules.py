# LEGB scope resolution: local, enclosing, global, builtin; shadowing builtins; nonlocal vs global in nested functions.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing(), x
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abc"))
counter = 0
def nested_global():
    def bump():
        global counter
        counter += 10
    bump()
    bump()
    return counter
print(nested_global(), counter)
def nested_nonlocal():
    total = 0
    def level1():
        def level2():
            nonlocal total
            total += 1
        level2()
        level2()
    level1()
    return total
print(nested_nonlocal())
def conditional_define(flag):
    if flag:
        value = "set"
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(conditional_define(True), conditional_define(False))
def loop_var_scope():
    for i in range(3):
        pass
    fns = [lambda: i for _ in range(2)]
    return i, [f() for f in fns]
print(loop_var_scope())
class Scope:
    y = 1
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(Scope().method(), Scope.y)
