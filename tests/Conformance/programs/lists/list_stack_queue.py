# Lists as stacks and simple queues; a bracket matcher and reverse polish evaluator.
stack = []
for item in "abc":
    stack.append(item)
    print("push", item, stack)
while stack:
    print("pop", stack.pop(), stack)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in text:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st[-1] != pairs[ch]:
                return False
            st.pop()
    return not st
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]:
    print(repr(t), balanced(t))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            if tok == "+": st.append(a + b)
            elif tok == "-": st.append(a - b)
            elif tok == "*": st.append(a * b)
            else: st.append(a / b)
        else:
            st.append(float(tok))
        print(" ", tok, st)
    return st[0]
print(rpn("3 4 + 2 *"))
print(rpn("5 1 2 + 4 * + 3 -"))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
