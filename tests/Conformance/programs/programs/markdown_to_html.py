# A tiny Markdown-to-HTML converter: headings, paragraphs, bullet lists, emphasis, code spans, links, and HTML escaping.
import re
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    text = escape(text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    return text
def convert(md):
    html, para, in_list = [], [], False
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    for line in md.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,6})\s+(.*)", stripped)
        item = re.match(r"[-*]\s+(.*)", stripped)
        if not stripped:
            flush_para()
            if in_list:
                html.append("</ul>")
                in_list = False
        elif heading:
            flush_para()
            level = len(heading.group(1))
            html.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            flush_para()
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append(f"  <li>{inline(item.group(1))}</li>")
        else:
            para.append(stripped)
    flush_para()
    if in_list:
        html.append("</ul>")
    return "\n".join(html)
doc = """# Portalis *notes*
Python to C# translation
is **fun** & useful, see [the docs](https://example.org/docs?a=1&b=2).

## Features
- generators with `yield from`
- *pattern* matching
* classes <and> dunders

Final paragraph with `x < y` code.
"""
print(convert(doc))
