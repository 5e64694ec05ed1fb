import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; well-known self-referential hyphenated-words -- and em-dashes.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('tabs\there\tand  spaces', 12), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.shorten('Hello  world! This is a long sentence.', width=20), textwrap.shorten('short', 10))
print(textwrap.fill('One two three four five six seven', 12, max_lines=2))
print(textwrap.fill('End. Next sentence here.', 80, fix_sentence_endings=True))
s = '''
    def f():
        return 1
      # comment
    '''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\tb')), repr(textwrap.dedent('   x\n   \n   y')))
print(textwrap.indent('line1\nline2\n\nline4', '> '))
print(textwrap.indent('a\n\nb', '+', lambda line: True))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap('a well-known extraordinarily-hyphenated example'))
print(textwrap.wrap('', 10), textwrap.fill('   ', 10) == '')
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError:', e)
