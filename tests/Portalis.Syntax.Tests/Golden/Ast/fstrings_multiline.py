if 1:
    x = f"""ab
{a}  {b
}"""
    z = f"""
   {  d  }"""
    w = f"""x{(
  e)}"""
