# String comparison and sorting: lexicographic code-point order, case-insensitive keys, natural sort, locale-free.
words = ["banana", "Apple", "cherry", "apple", "Banana", "_under", "123", "éclair", "Zebra", "zebra"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=lambda w: w[::-1]))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "abcd", "" < "a", "Z" < "a", "10" < "9", "é" > "z")
print(min(words), max(words), min(words, key=str.casefold))
import re
def natural_key(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt", "file3.txt"]
print(sorted(files))
print(sorted(files, key=natural_key))
print("Straße".casefold() == "strasse".casefold(), "Straße".lower() == "strasse")
print(["a", "b"] < ["a", "c"], ("b",) > ("a", "z"), "apple".startswith("app") and "apple" > "app")
names = ["de la Cruz", "DeLuca", "de Vries", "Dean"]
print(sorted(names), sorted(names, key=lambda n: n.replace(" ", "").lower()))
