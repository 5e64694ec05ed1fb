# Printing limits for exception groups: at most 15 members are shown, and groups nested deeper than 10 levels
# print "... (max_group_depth is 10)".


def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])


print("raising")
raise ExceptionGroup("top", [deep(12), *[KeyError(i) for i in range(16)]])
