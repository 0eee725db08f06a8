ROWS = []
def C(ph, style, writer, iv, text, flag, flag2, why, feat=()):
    ROWS.append(dict(family="contradiction", phenomenon=ph, style=style, writer=writer,
        intervention=iv, text=text, expect=True, flag=flag, flag2=flag2, why=why, features=list(feat)))
def K(ph, style, writer, iv, text, ctype, decoy, decoy2, why, feat=()):
    ROWS.append(dict(family="contradiction", phenomenon=ph, style=style, writer=writer,
        intervention=iv, text=text, expect=False, control_type=ctype, decoy=decoy, decoy2=decoy2, why=why, features=list(feat)))
