s = 'héllo' + x
t = '日本語' + y
u = f'{z}' + 'ä'
