ROWS = []
def T(ph, style, writer, intervention, text, flag, flag2, why, hard=False):
    ROWS.append(dict(family="contradiction", phenomenon=ph, style=style, writer=writer,
        intervention=intervention, text=text, expect=True, flag=flag, flag2=flag2,
        why=why, hard_to_spot=hard))
def F(ph, style, writer, intervention, text, ctype, decoy, decoy2, why):
    ROWS.append(dict(family="contradiction", phenomenon=ph, style=style, writer=writer,
        intervention=intervention, text=text, expect=False, control_type=ctype,
        decoy=decoy, decoy2=decoy2, why=why))
INJ = []
def P(kind, a, b):
    INJ.append(dict(family="injection", kind=kind, side_a=a, side_b=b, expect=True))
def N(kind, ctype, a, b):
    INJ.append(dict(family="injection", kind=kind, side_a=a, side_b=b, expect=False, control_type=ctype))
