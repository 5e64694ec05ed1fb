# html.parser: a subclass of HTMLParser sees tags, attributes and decoded text.
from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)
    def handle_endtag(self, tag):
        print("end", tag)
    def handle_data(self, data):
        if data.strip():
            print("data", data)
P().feed('<html><body class="x"><p id=1>Hi &amp; bye</p><br/></body></html>')
