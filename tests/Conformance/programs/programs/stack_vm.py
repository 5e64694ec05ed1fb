# A stack-based virtual machine: assembling a small program with labels, then executing arithmetic, jumps, calls and prints.
def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return program, labels
def run(program, labels, trace=False):
    stack, calls, out, pc, steps = [], [], [], 0, 0
    while pc < len(program):
        op, args = program[pc]
        pc += 1
        steps += 1
        if op == "push": stack.append(args[0])
        elif op == "pop": stack.pop()
        elif op == "dup": stack.append(stack[-1])
        elif op == "swap": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b, "lt": int(a < b)}[op])
        elif op == "jmp": pc = labels[args[0]]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "call":
            calls.append(pc)
            pc = labels[args[0]]
        elif op == "ret": pc = calls.pop()
        elif op == "print": out.append(stack[-1])
        elif op == "halt": break
        else:
            raise ValueError(f"unknown op {op!r} at {pc - 1}")
        if trace:
            print(f"  {pc - 1:>2} {op:<5} {args} -> {stack}")
    return out, stack, steps
source = """
    push 1          ; counter
loop:
    dup
    call square
    print
    pop
    push 1
    add
    dup
    push 8
    lt
    jz done
    jmp loop
done:
    halt
square:
    dup
    mul
    ret
"""
program, labels = assemble(source)
print(labels, len(program))
out, stack, steps = run(program, labels)
print(out, stack, steps)
small, lbl = assemble("push 2\npush 3\nadd\npush 4\nmul\nprint\nhalt")
run(small, lbl, trace=True)
try:
    run(*assemble("push 1\nfrobnicate"))
except ValueError as e:
    print("ValueError:", e)
