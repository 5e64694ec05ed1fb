# Helper module imported by main.py; prints when it is first imported.
print("helpers imported, __name__ =", __name__)
VERSION = "1.0"
call_count = 0
def slugify(text):
    global call_count
    call_count += 1
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
class Counter:
    def __init__(self):
        self.counts = {}
    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
    def most_common(self):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
def describe():
    return f"helpers version {VERSION}"
if __name__ == "__main__":
    print("helpers run directly")
