import datetime


def easter(year):
    g = year % 19
    c = year // 100
    h = (c - c // 4 - (8 * c + 13) // 25 + 19 * g + 15) % 30
    i = h - (h // 28) * (1 - (h // 28) * (29 // (h + 1)) * ((21 - g) // 11))
    j = (year + year // 4 + i + 2 - c + c // 4) % 7
    p = i - j
    return datetime.date(year, 3 + (p + 40) // 44, p + 28 - 31 * ((p + 40) // 44))
