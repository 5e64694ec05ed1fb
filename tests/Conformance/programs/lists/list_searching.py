# Searching and filtering lists: linear search with index, in, any/next with generator, counting, dedupe preserving order.
inventory = ["apple", "banana", "cherry", "date", "banana", "fig"]
print(inventory.index("banana"), inventory.index("banana", 2), "kiwi" in inventory, inventory.count("banana"))
print(next((i for i, x in enumerate(inventory) if x.startswith("c")), -1))
print(next((x for x in inventory if len(x) > 10), None))
print([i for i, x in enumerate(inventory) if x == "banana"])
def find_last(seq, target):
    for i in range(len(seq) - 1, -1, -1):
        if seq[i] == target:
            return i
    return -1
print(find_last(inventory, "banana"), find_last(inventory, "kiwi"))
nums = [5, 3, 8, 3, 9, 1, 5, 8]
seen = set()
unique = [x for x in nums if not (x in seen or seen.add(x))]
print(unique)
print(max(range(len(nums)), key=nums.__getitem__), nums.index(max(nums)), sorted(range(len(nums)), key=lambda i: nums[i])[:3])
pairs = [(a, b) for i, a in enumerate(nums) for b in nums[i + 1:] if a + b == 13]
print(pairs)
def two_sum(values, target):
    lookup = {}
    for i, v in enumerate(values):
        if target - v in lookup:
            return lookup[target - v], i
        lookup[v] = i
    return None
print(two_sum(nums, 17), two_sum(nums, 100))
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "cy", "age": 45}]
adults = [p["name"] for p in people if p["age"] >= 18]
oldest = max(people, key=lambda p: p["age"])
print(adults, oldest["name"], any(p["age"] < 18 for p in people), all(p["name"] for p in people))
