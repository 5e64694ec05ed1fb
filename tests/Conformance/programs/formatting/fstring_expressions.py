# f-string expressions in depth: method calls, subscripts, conditional expressions, lambdas in parentheses, dict literals and nested formats.
data = {"name": "widget", "sizes": [3, 5, 8], "price": 9.995}
print(f"{data['name'].title()} comes in {len(data['sizes'])} sizes: {', '.join(map(str, data['sizes']))}")
print(f"{'cheap' if data['price'] < 10 else 'pricey'} at {data['price']:.2f} ({data['price']!r})")
print(f"{(lambda x: x * 2)(21)} {[s * 2 for s in data['sizes']]} {({'k': 1})['k']} {sum(data['sizes']) / 3:.3f}")
for width in (5, 8):
    for prec in (1, 3):
        print(f"[{data['price']:{width}.{prec}f}]", end=" ")
print()
align = "^"
print(f"[{data['name']:{align}12}]", f"[{data['name']:{'>'}{10}}]")
x, y = 7, 3
print(f"{x}/{y} = {x / y:.4f}, {x}//{y} = {x // y}, {x}%{y} = {x % y}, {x}**{y} = {x ** y}")
print(f"{x = }, {y = !r}, {x * y = :>6}, {data['sizes'][-1] = }")
nums = [1.5, 22.25, 333.125]
print("\n".join(f"{i:>2}. {n:>10.3f} {n:>10.1e} {n:>8.0%}" for i, n in enumerate(nums, 1)))
print(f"{chr(34)}inner{chr(34)} {'single' + 'double'}")
newline = "\n"
print(f"joined:{newline.join(['a', 'b'])}")
print(f"{3:b} {255:x} {255:X} {8:o} {65:c} {1e-3:.1e} {1234.5:_.1f}")
