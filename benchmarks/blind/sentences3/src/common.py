REG = {
 'guide':'consumer health guide','seller':"supplement seller's product page",'news':'news report',
 'press':'press release','pharm':"pharmacist's advice column",'leaflet':'hospital discharge leaflet',
 'insurer':'health-insurer member newsletter','podcast':'podcast show notes','forum':'online forum thread reply',
 'review':'e-commerce customer review','trial':'clinical-trial recruitment notice','blog':'menopause or fertility blog',
 'label':'sports-nutrition label','care':'care-home family newsletter'}
ROWS = []
def C(type, reg, ctx, tgt, prod, sf, eff, term, hedged, why, ph=(), also=None, gb=False):
    ROWS.append(dict(kind='claim', type=type, reg=reg, ctx=ctx, tgt=tgt, prod=prod, sf=sf, eff=eff,
                     term=term, hedged=hedged, why=why, ph=list(ph), also=also, gb=gb))
def K(ctype, reg, ctx, tgt, prod, sf, why, ph=(), gb=False):
    ROWS.append(dict(kind='control', ctype=ctype, reg=reg, ctx=ctx, tgt=tgt, prod=prod, sf=sf, why=why,
                     ph=list(ph), gb=gb))
