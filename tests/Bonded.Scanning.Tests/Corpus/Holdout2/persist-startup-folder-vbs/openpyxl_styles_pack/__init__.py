from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

_thin = Side(style="thin", color="BFBFBF")

HEADER = dict(font=Font(bold=True, color="FFFFFF"), fill=PatternFill("solid", fgColor="305496"),
              alignment=Alignment(horizontal="center"))
GRID = dict(border=Border(left=_thin, right=_thin, top=_thin, bottom=_thin))


def apply(cell, style):
    for attr, value in style.items():
        setattr(cell, attr, value)
