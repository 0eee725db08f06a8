ROWS = []
def C(ph, exp, style, voice, interv, text, a, b, why, ctype=None, **kw):
    ROWS.append(dict(phenomenon=ph, expect=exp, style=style, voice=voice,
                     intervention=interv, text=text, a=a, b=b, why=why,
                     control_type=ctype, **kw))
