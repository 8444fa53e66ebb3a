def is_iban(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def is_isbn(value: str) -> bool:
    s = value.replace("-", "")
    if len(s) == 10 and s[:9].isdigit():
        total = sum((10 - i) * int(c) for i, c in enumerate(s[:9]))
        total += 10 if s[9] in "xX" else int(s[9])
        return total % 11 == 0
    if len(s) == 13 and s.isdigit():
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(s)) % 10 == 0
    return False
