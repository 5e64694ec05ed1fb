# Nested loops: multiplication table, early exit with functions/flags/for-else, and loops over dicts/strings/files of data.
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
def find_pair(target, nums):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair(10, [1, 3, 7, 9, 2]), find_pair(100, [1, 2]))
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            print("first negative at", (r, c))
            break
    else:
        continue
    break
done = False
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c and a + b + c == 24:
                print("triangle", a, b, c)
                done = True
                break
        if done:
            break
    if done:
        break
word_lists = {"fruits": ["apple", "kiwi"], "veg": ["leek", "kale", "okra"]}
for category, words in word_lists.items():
    for w in words:
        if w.startswith("k"):
            print(category, "has k-word", w)
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
        continue
    if ch == "p":
        break
print("s before first p:", count)
