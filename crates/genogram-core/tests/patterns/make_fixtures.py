# Writes the pattern fixtures (RULE.fire.json / RULE.miss.json) of this folder: run it after
# changing a fixture here, then `GENOGRAM_BLESS=1 cargo test -p genogram-core --test patterns`
# and review the expectations diff.
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))
def P(id, sex="female", birth=None, death=None, **kw):
    d = {"id": id, "sex": sex, "name": {"given": id.capitalize()}}
    if birth: d["birth"] = birth
    if death: d["death"] = death
    d.update(kw)
    return d
def U(id, a, b=None, kind="marriage", hist=(("married", "1970"),), kids=(), links=None):
    d = {"id": id, "partners": [a] + ([b] if b else []), "kind": kind,
         "history": [{"status": s, "date": t} if t else {"status": s} for s, t in hist]}
    if kids:
        d["children"] = [{"person": k, **({"link": links[k]} if links and k in links else {})} for k in kids]
    return d
def E(kind, a, b, start=None, end=None):
    d = {"kind": kind, "people": [a, b]}
    if start: d["start"] = start
    if end: d["end"] = end
    return d
def EV(kind, date, *people, label=None):
    d = {"kind": kind, "date": date, "people": list(people)}
    if label: d["label"] = label
    return d
def fam(name, people, unions=(), emotional=(), events=(), households=(), ip=None, multiple=(), config=None):
    d = {"genogram": 1, "title": name, "as_of": "2026-06-01"}
    if ip: d["index_person"] = ip
    d["people"] = people
    if unions: d["unions"] = list(unions)
    if multiple: d["multiple_births"] = list(multiple)
    if emotional: d["emotional"] = list(emotional)
    if events: d["events"] = list(events)
    if households: d["households"] = list(households)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(d, f, indent=1, ensure_ascii=False); f.write("\n")
    if config:
        with open(os.path.join(OUT, name + ".config.json"), "w") as f:
            json.dump(config, f, indent=1); f.write("\n")

def parents_kids(kids, m="mum", f="dad", hist=(("married", "1970"),), mb="1945", fb="1944"):
    return [P(m, "female", mb), P(f, "male", fb)], U("u", m, f, hist=hist, kids=kids)

# ---- Safety and triangles
ppl, u = parents_kids(["kid"])
fam("T10.fire", ppl + [P("kid", "female", "2016")], [U("u", "mum", "dad", kids=["kid"])], [E("physical_abuse", "dad", "kid", "2022")])
fam("T10.miss", ppl + [P("kid", "female", "2016")], [U("u", "mum", "dad", kids=["kid"])], [E("hostile", "dad", "kid", "2022")])
kids3 = [P("ann", "female", "1970"), P("bea", "female", "1972"), P("cal", "male", "1974")]
ppl, u = parents_kids(["ann", "bea", "cal"])
fam("T1.fire", ppl + kids3, [u], [E("hostile", "ann", "bea"), E("close", "ann", "cal"), E("close", "bea", "cal")])
fam("T1.miss", ppl + kids3, [u], [E("hostile", "ann", "bea"), E("close", "ann", "cal")])
div = (("married", "2005"), ("divorced", "2015"))
fam("T2.fire", [P("mum", "female", "1975"), P("dad", "male", "1973"), P("kid", "female", "2008")],
    [U("u", "mum", "dad", hist=div, kids=["kid"])], [E("close", "mum", "kid"), E("hostile", "dad", "kid")])
fam("T2.miss", [P("mum", "female", "1975"), P("dad", "male", "1973"), P("kid", "female", "2008")],
    [U("u", "mum", "dad", hist=(("married", "2005"),), kids=["kid"])], [E("close", "mum", "kid"), E("hostile", "dad", "kid")])
inlaw = [P("gran", "female", "1940"), P("ann", "female", "1965"), P("bob", "male", "1964")]
fam("T3.fire", inlaw, [U("u0", "gran", None, hist=(), kids=["ann"]), U("u", "ann", "bob", hist=(("married", "1990"),))],
    [E("hostile", "ann", "bob"), E("fused", "ann", "gran"), E("hostile", "bob", "gran")])
fam("T3.miss", inlaw, [U("u0", "gran", None, hist=(), kids=["ann"]), U("u", "ann", "bob", hist=(("married", "1990"),))],
    [E("hostile", "ann", "bob"), E("fused", "ann", "gran"), E("close", "bob", "gran")])
rem = [P("ann", "female", "1975"), P("dan", "male", "1973"), P("ben", "male", "1970"), P("cat", "female", "2005")]
remu = [U("u1", "ann", "dan", hist=div, kids=["cat"]), U("u2", "ann", "ben", hist=(("married", "2018"),))]
fam("T4.fire", rem, remu, [E("hostile", "ben", "cat"), E("close", "ann", "cat"), E("close", "ann", "ben")])
fam("T4.miss", rem, remu, [E("close", "ben", "cat"), E("close", "ann", "cat"), E("close", "ann", "ben")])
ad = [P("amy", "female", "1970"), P("bo", "male", "1968"), P("cy", "male", "2010")]
fam("T5.fire", ad, [U("u", "amy", "bo", hist=(("married", "1995"), ("divorced", "2020")), kids=["cy"], links={"cy": "adopted"})], [E("focused_on", "amy", "cy")])
fam("T5.miss", ad, [U("u", "amy", "bo", hist=(("married", "1995"), ("divorced", "2020")), kids=["cy"], links={"cy": "adopted"})], [E("close", "amy", "cy")])
three = [P("gran", "female", "1940"), P("pat", "female", "1965"), P("kit", "male", "1990")]
threeu = [U("u0", "gran", None, hist=(), kids=["pat"]), U("u1", "pat", None, hist=(), kids=["kit"])]
fam("T6.fire", three, threeu, [E("close", "gran", "kit"), E("hostile", "pat", "kit")])
fam("T6.miss", three, threeu, [E("close", "gran", "kit"), E("close", "pat", "kit")])
kids4 = kids3 + [P("dee", "female", "1976")]
ppl, u = parents_kids(["ann", "bea", "cal", "dee"])
fam("T7.fire", ppl + kids4, [u], [E("hostile", "ann", "bea"), E("close", "ann", "cal"), E("close", "bea", "cal"), E("close", "ann", "dee"), E("close", "bea", "dee")])
fam("T7.miss", ppl + kids4, [u], [E("hostile", "ann", "bea"), E("close", "ann", "cal"), E("close", "bea", "cal"), E("close", "ann", "dee")])
ppl, u = parents_kids(["ann"])
fam("T8.fire", ppl + [P("ann", "female", "1970")], [u], [E("cutoff", "dad", "ann", "1995")])
fam("T8.miss", ppl + [P("ann", "female", "1970")], [u], [E("cutoff", "dad", "ann", "1995", "2005")])
fc = [P("gran", "female", "1940"), P("xe", "female", "1965"), P("yo", "male", "1963"), P("kid", "male", "1995"), P("pal", "female", "1966")]
fcu = [U("u0", "gran", None, hist=(), kids=["xe"]), U("u1", "xe", "yo", hist=(("married", "1990"),), kids=["kid"])]
fam("T9.fire", fc, fcu, [E("cutoff", "xe", "gran", "1990"), E("fused", "xe", "kid")])
fam("T9.miss", fc, fcu, [E("cutoff", "xe", "gran", "1990"), E("fused", "xe", "pal")])
ppl, u = parents_kids(["ann"])
# T12: a son-in-law in conflict with his mother-in-law; the near miss is a cutoff (T8's).
fam("T12.fire", inlaw, [U("u0", "gran", None, hist=(), kids=["ann"]), U("u", "ann", "bob", hist=(("married", "1990"),))], [E("conflict", "bob", "gran", "1995")])
fam("T12.miss", inlaw, [U("u0", "gran", None, hist=(), kids=["ann"]), U("u", "ann", "bob", hist=(("married", "1990"),))], [E("cutoff", "bob", "gran", "1995")])
ppl, u = parents_kids(["ann"])
fam("T11.fire", ppl + [P("ann", "female", "1970"), P("coach", "male", "1960")], [u], [E("close", "ann", "coach")])
fam("T11.miss", ppl + [P("ann", "female", "1970"), P("coach", "male", "1960")], [u], [E("normal", "ann", "coach")])

# ---- Structure
ppl, u = parents_kids(["kid"], mb="1985", fb="1984", hist=(("married", "2010"),))
fam("FS1.fire", ppl + [P("kid", "male", "2015")], [u], households=[{"id": "home", "label": "Home", "members": ["mum", "dad", "kid"]}])
fam("FS1.miss", ppl + [P("kid", "male", "2015")], [u], households=[{"id": "home", "label": "Home", "members": ["mum", "dad", "kid"], "to": "2020"}])
bl = [P("al", "male", "1970"), P("di", "female", "1972"), P("bea", "female", "1975"), P("c1", "female", "2000"), P("c2", "male", "2012")]
fam("FS2.fire", bl, [U("u1", "al", "di", hist=(("married", "1998"), ("divorced", "2005")), kids=["c1"]), U("u2", "al", "bea", hist=(("married", "2010"),), kids=["c2"])])
fam("FS2.miss", bl[:4], [U("u1", "al", "di", hist=(("married", "1998"), ("divorced", "2005")), kids=["c1"]), U("u2", "al", "bea", hist=(("married", "2010"),))])
se = [P("al", "male", "1950"), P("p1", "female", "1952"), P("p2", "female", "1955"), P("p3", "female", "1960")]
fam("FS3.fire", se, [U("u1", "al", "p1", hist=(("married", "1975"), ("divorced", "1980"))), U("u2", "al", "p2", hist=(("married", "1982"), ("divorced", "1990"))), U("u3", "al", "p3", hist=(("married", "1995"),))])
fam("FS3.miss", se, [U("u1", "al", "p1", hist=(("married", "1975"), ("divorced", "1980"))), U("u2", "al", "p2", kind="affair", hist=(("met", "1978"),)), U("u3", "al", "p3", hist=(("married", "1995"),))])
six = [P(f"k{i}", "female" if i % 2 else "male", str(1970 + 2 * i)) for i in range(1, 7)]
ppl, u = parents_kids([k["id"] for k in six])
fam("FS4.fire", ppl + six, [u])
ppl, u = parents_kids([k["id"] for k in six[:5]])
fam("FS4.miss", ppl + six[:5], [u])
fam("FS5.fire", [P("mum"), P("dad", "male"), P("ip", "female", "1990")], [U("u", "mum", "dad", kids=["ip"])], ip="ip")
cond = lambda: [{"label": "hypertension", "category": "medical"}]
full = [P(i, s, b, conditions=cond()) for i, s, b in [("gm1", "female", "1920"), ("gf1", "male", "1918"), ("gm2", "female", "1922"), ("gf2", "male", "1921"), ("mum", "female", "1950"), ("dad", "male", "1948"), ("ip", "female", "1980")]]
fam("FS5.miss", full, [U("a", "gm1", "gf1", kids=["mum"]), U("b", "gm2", "gf2", kids=["dad"]), U("u", "mum", "dad", kids=["ip"])], ip="ip")
side = [P("ip", "female", "1990"), P("mum", "female", "1960"), P("dad", "male", "1958"), P("gm", "female", "1930"), P("gf", "male", "1928"), P("au1", "female", "1955"), P("au2", "female", "1956"), P("uc", "male", "1962")]
fam("B1.fire", side, [U("g", "gm", "gf", kids=["au1", "au2", "dad", "uc"]), U("u", "mum", "dad", kids=["ip"])], ip="ip")
fam("B1.miss", side + [P("mg", "female", "1932"), P("mf", "male", "1930"), P("ma", "female", "1962"), P("mb", "male", "1964")],
    [U("g", "gm", "gf", kids=["au1", "au2", "dad", "uc"]), U("h", "mg", "mf", kids=["mum", "ma", "mb"]), U("u", "mum", "dad", kids=["ip"])], ip="ip")
aud = lambda st: [{"label": "alcohol use disorder", "category": "substance_use", "status": st}]
fam("B2.fire", [P("ann", "female", "1970"), P("bob", "male", "1968", conditions=aud("affected"))], [U("u", "ann", "bob", hist=(("married", "1995"),))], [E("caregiving", "ann", "bob")])
fam("B2.miss", [P("ann", "female", "1970"), P("bob", "male", "1968", conditions=aud("in_recovery"))], [U("u", "ann", "bob", hist=(("married", "1995"),))], [E("caregiving", "ann", "bob")])
ppl, u = parents_kids(["cy"], mb="1970", fb="1968", hist=(("married", "1995"),))
fam("B3.fire", ppl + [P("cy", "female", "2000")], [u], [E("caregiving", "cy", "mum", "2010")])
fam("B3.miss", ppl + [P("cy", "female", "2000")], [u], [E("caregiving", "cy", "mum", "2025")])
ppl, u = parents_kids(["ann", "bea", "cal"])
fam("B4.fire", ppl + kids3, [u], [E("focused_on", "mum", "ann"), E("focused_on_negatively", "dad", "ann")])
fam("B4.miss", ppl + kids3, [u], [E("focused_on", "mum", "ann")])
ppl, u = parents_kids(["ann", "bea"])
# B6: an unpartnered daughter caring for her widowed mother in old age; the near miss is the
# same care when the mother was in her forties.
b6 = [P("mum", "female", "1930"), P("dad", "male", "1928", "1990"), P("dau", "female", "1960")]
b6u = [U("u", "mum", "dad", hist=(("married", "1955"), ("widowed", "1990")), kids=["dau"])]
fam("B6.fire", b6, b6u, [E("caregiving", "dau", "mum", "2000")])
fam("B6.miss", b6, b6u, [E("caregiving", "dau", "mum", "1975", "1985")])
# B6 by a shared household: the daughter alone with her widowed mother; not with a brother at home.
fam("B6.household.fire", b6, b6u, households=[{"id": "home", "members": ["mum", "dau"], "from": "1995"}])
fam("B6.household.miss", b6 + [P("son", "male", "1962")], [U("u", "mum", "dad", hist=(("married", "1955"), ("widowed", "1990")), kids=["dau", "son"])],
    households=[{"id": "home", "members": ["mum", "dau", "son"], "from": "1995"}])
ppl, u = parents_kids(["ann", "bea"])
fam("BW3.fire", ppl + kids3[:2], [u], [E("hostile", "mum", "dad")])
fam("BW3.miss", ppl + kids3[:2], [u], [E("close", "mum", "dad")])
dep = lambda: [{"label": "depression", "category": "mental_health"}]
fam("BW4.fire", ppl + [P("ann", "female", "1970", conditions=dep()), P("bea", "female", "1972")], [u], [E("focused_on", "mum", "ann")])
fam("BW4.miss", ppl + [P("ann", "female", "1970", conditions=dep()), P("bea", "female", "1972", conditions=dep())], [u], [E("focused_on", "mum", "ann")])
bw = [P("gm", "female", "1920"), P("gf", "male", "1918"), P("pa", "female", "1945", conditions=dep()), P("pb", "male", "1947"), P("sp", "male", "1944"),
      P("ka", "female", "1970", conditions=dep()), P("kb", "male", "1972")]
bwu = [U("g", "gm", "gf", kids=["pa", "pb"]), U("p", "pa", "sp", kids=["ka", "kb"])]
fam("BW5.fire", bw, bwu, [E("focused_on", "gm", "pa"), E("focused_on", "pa", "ka")])
fam("BW5.miss", bw, bwu, [E("focused_on", "pa", "ka")])
ppl, u = parents_kids(["ann", "bea"])
fam("SC1.fire", ppl + kids3[:2], [u])
ppl1, u1 = parents_kids(["ann"])
fam("SC1.miss", ppl1 + kids3[:1], [u1])
ppl, u = parents_kids(["ann", "bob"])
fam("SC2.fire", ppl + [P("ann", "female", "1970"), P("bob", "male", "1980")], [u])
fam("SC2.miss", ppl + [P("ann", "female", "1970"), P("bob", "male", "1974")], [u])
fam("SC3.fire", ppl + [P("ann", "female", "1970"), P("bob", "male", "1972")], [u])
fam("SC3.miss", ppl + [P("ann", "unknown", "1970"), P("bob", "unknown", "1972")], [u])
sc4 = [P("m1", "female", "1930"), P("f1", "male", "1928"), P("m2", "female", "1932"), P("f2", "male", "1930"),
       P("al", "male", "1955"), P("as", "female", "1958"), P("bo", "female", "1957"), P("bs", "male", "1960")]
fam("SC4.fire", sc4, [U("a", "m1", "f1", kids=["al", "as"]), U("b", "m2", "f2", kids=["bo", "bs"]), U("u", "al", "bo", hist=(("married", "1980"),))])
sc4m = sc4 + [P("b0", "male", "1954")]
fam("SC4.miss", sc4m, [U("a", "m1", "f1", kids=["al", "as"]), U("b", "m2", "f2", kids=["b0", "bo", "bs"]), U("u", "al", "bo", hist=(("married", "1980"),))])
ppl, u = parents_kids(["ann", "bea", "cal"])
fam("SC5.fire", ppl + [P("ann", "female", "1970"), P("bea", "female", "1972", "1975-02"), P("cal", "male", "1976-01")], [u])
fam("SC5.miss", ppl + [P("ann", "female", "1970"), P("bea", "female", "1972", "2002"), P("cal", "male", "1976-01")], [u])
sc6 = [P("gm", "female", "1930"), P("gf", "male", "1928"), P("mum", "female", "1955"), P("aunt", "female", "1958"), P("dad", "male", "1954"),
       P("d1", "female", "1980"), P("d2", "female", "1983")]
fam("SC6.fire", sc6, [U("g", "gm", "gf", kids=["mum", "aunt"]), U("u", "mum", "dad", kids=["d1", "d2"])])
sc6m = [dict(x, birth="1960") if x["id"] == "mum" else dict(x, sex="male") if x["id"] == "d2" else x for x in sc6]
fam("SC6.miss", sc6m, [U("g", "gm", "gf", kids=["mum", "aunt"]), U("u", "mum", "dad", kids=["d1", "d2"])])
ppl, u = parents_kids(["ann", "bob"])
fam("SC7.fire", ppl + [P("ann", "female", "1970-03-01"), P("bob", "male", "1970-03-01")], [u], multiple=[{"members": ["ann", "bob"], "zygosity": "fraternal"}])
fam("SC7.miss", ppl + [P("ann", "female", "1970-03-01"), P("bob", "male", "1971-05-01")], [u])
fam("LC1.fire", [P("ann", "female", "1950"), P("bob", "male", "1945")], [U("u", "ann", "bob", hist=(("married", "1967"),))])
fam("LC1.miss", [P("ann", "female", "1950"), P("bob", "male", "1945")], [U("u", "ann", "bob", hist=(("married", "1975"),))])
fam("LC2.fire", [P("mum", "female", "1980"), P("dad", "male", "1975"), P("kid", "male", "1997")], [U("u", "mum", "dad", hist=(), kids=["kid"])])
fam("LC2.miss", [P("mum", "female", "1980"), P("dad", "male", "1975"), P("kid", "male", "2005")], [U("u", "mum", "dad", hist=(), kids=["kid"])])
fam("LC3.fire", [P("ann", "female", "1965"), P("bob", "male", "1950")], [U("u", "ann", "bob", hist=(("married", "1990"),))])
fam("LC3.miss", [P("ann", "female", "1955"), P("bob", "male", "1950")], [U("u", "ann", "bob", hist=(("married", "1990"),))])
fam("LC4.fire", [P("mum", "female", "1960"), P("k1", "male", "1980"), P("k2", "female", "1995")], [U("u", "mum", None, hist=(), kids=["k1", "k2"])])
fam("LC4.miss", [P("mum", "female", "1960"), P("k1", "male", "1980"), P("k2", "female", "1985")], [U("u", "mum", None, hist=(), kids=["k1", "k2"])])
fam("LC5.fire", [P("xe", "male", "1950", "1990")])
fam("LC5.miss", [P("xe", "male", "1920", "2000")])
ppl, u = parents_kids(["kid"], mb="1980", fb="1978", hist=(("married", "2005"),))
fam("LC6.fire", ppl + [P("kid", "male", "2010-03")], [u], events=[EV("move", "2010-06", "mum", "dad", "kid"), EV("job_loss", "2010-09", "dad")])
fam("LC6.miss", ppl + [P("kid", "male", "2010-03")], [u], events=[EV("move", "2012-06", "mum", "dad", "kid"), EV("job_loss", "2014-09", "dad")])
ppl, u = parents_kids(["kid"], mb="1990", fb="1988", hist=(("married", "2015"),))
fam("LC7.fire", ppl + [P("kid", "male", "2023")], [u], households=[{"id": "home", "members": ["mum", "dad", "kid"]}])
fam("LC7.miss", [P("mum"), P("dad", "male"), P("kid", "male")], [U("u", "mum", "dad", hist=(), kids=["kid"])], households=[{"id": "home", "members": ["mum", "dad", "kid"]}])

# ---- Repetition
alc = lambda: [{"label": "Alcohol use disorder", "category": "substance_use"}]
r1 = [P("gf", "male", "1920", conditions=alc()), P("gm", "female", "1922"), P("pa", "male", "1948", conditions=alc()), P("pm", "female", "1950"), P("kid", "male", "1975", conditions=alc())]
fam("R1.fire", r1, [U("g", "gm", "gf", kids=["pa"]), U("p", "pm", "pa", kids=["kid"])])
r1m = [P("gf", "male", "1920", conditions=alc()), P("gm", "female", "1922"), P("pa", "male", "1948", conditions=alc()), P("pm", "female", "1950"), P("kid", "male", "1975")]
fam("R1.miss", r1m, [U("g", "gm", "gf", kids=["pa"]), U("p", "pm", "pa", kids=["kid"])])
r2 = [P("gm", "female", "1920"), P("pa", "female", "1948"), P("kid", "female", "1975")]
r2u = [U("g", "gm", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])]
fam("R2.fire", r2, r2u, [E("cutoff", "gm", "pa", "1970"), E("cutoff", "pa", "kid", "1995")])
fam("R2.miss", r2, r2u, [E("cutoff", "gm", "pa", "1970"), E("conflict", "pa", "kid", "1995")])
r3 = [P("gm", "female", "1920"), P("gf", "male", "1918"), P("pa", "male", "1948"), P("pb", "female", "1950"), P("sp", "female", "1990")]
fam("R3.fire", r3, [U("g", "gm", "gf", hist=(("married", "1945"), ("divorced", "1960")), kids=["pa", "pb"]), U("p", "pa", "sp", hist=(("married", "2010"), ("divorced", "2015")))])
fam("R3.miss", r3, [U("g", "gm", "gf", hist=(("married", "1945"), ("divorced", "1960")), kids=["pa", "pb"]), U("p", "pa", "sp", hist=(("married", "2010"),))])
ppl1, u1 = parents_kids(["ann"])
ppl1[1]["occupation"] = "carpenter"
fam("R4.fire", ppl1 + [P("ann", "female", "1970", occupation="Carpenter")], [u1])
ppl1[0]["occupation"] = "carpenter"; del ppl1[1]["occupation"]
fam("R4.miss", ppl1 + [P("ann", "female", "1970")], [u1])
ppl1[0].pop("occupation")
fam("R5.fire", [P("gm", "female", "1940"), P("pa", "female", "1960"), P("kid", "male", "1981")], [U("g", "gm", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])])
fam("R5.miss", [P("gm", "female", "1940"), P("pa", "female", "1960"), P("kid", "male", "1990")], [U("g", "gm", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])])
r6 = lambda kidname: [P("gf", "male", "1920", name={"given": "John"}), P("pa", "male", "1950", name={"given": "Paul"}), P("kid", "male", "1980", name={"given": kidname})]
fam("R6.fire", r6("John Michael"), [U("g", "gf", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])])
fam("R6.miss", r6("Jonathan"), [U("g", "gf", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])])
# R6 across an uncle, by a middle name; and a name given again after a sibling who died.
r6u = lambda kidname: [P("gm", "female", "1920"), P("pa", "male", "1950", name={"given": "Paul"}), P("unc", "male", "1952", name={"given": "Robert"}), P("kid", "male", "1980", name={"given": kidname})]
fam("R6.uncle.fire", r6u("James Robert"), [U("g", "gm", None, hist=(), kids=["pa", "unc"]), U("p", "pa", None, hist=(), kids=["kid"])])
fam("R6.uncle.miss", r6u("James Roberto"), [U("g", "gm", None, hist=(), kids=["pa", "unc"]), U("p", "pa", None, hist=(), kids=["kid"])])
r6r = lambda died: [P("mum", "female", "1945"), P("dad", "male", "1944"), P("ann", "female", "1970"), P("bea", "female", "1972", died, name={"given": "Mary"}), P("dee", "female", "1975", name={"given": "Mary Louise"})]
fam("R6.replacement.fire", r6r("1973-04"), [U("u", "mum", "dad", kids=["ann", "bea", "dee"])])
fam("R6.replacement.miss", r6r("1990-04"), [U("u", "mum", "dad", kids=["ann", "bea", "dee"])])
# R1 by the vocabulary: three labels and a code of one family; whole words only.
r1v = lambda kidc: [P("gf", "male", "1920", conditions=[{"label": "Alcoholism", "category": "substance_use"}]), P("gm", "female", "1922"),
                    P("pa", "male", "1948", conditions=[{"label": "alcohol dependence", "category": "substance_use"}]), P("pm", "female", "1950"), P("kid", "male", "1975", conditions=[kidc])]
fam("R1.vocabulary.fire", r1v({"label": "drinking", "code": "F10.2", "category": "substance_use"}), [U("g", "gm", "gf", kids=["pa"]), U("p", "pm", "pa", kids=["kid"])])
fam("R1.vocabulary.miss", r1v({"label": "fetal alcohol syndrome", "category": "medical"}), [U("g", "gm", "gf", kids=["pa"]), U("p", "pm", "pa", kids=["kid"])])
# R7: a parent and a child; the near miss is an aunt and her nephew.
r7 = [P("gm", "female", "1920"), P("pa", "female", "1948", conditions=[{"label": "Bulimia", "category": "mental_health"}]), P("au", "female", "1950"), P("kid", "female", "1975", conditions=[{"label": "anorexia nervosa", "category": "mental_health"}])]
r7u = [U("g", "gm", None, hist=(), kids=["pa", "au"]), U("p", "pa", None, hist=(), kids=["kid"])]
fam("R7.fire", r7, r7u)
r7m = [P("gm", "female", "1920"), P("pa", "female", "1948"), P("au", "female", "1950", conditions=[{"label": "Bulimia", "category": "mental_health"}]), P("kid", "female", "1975", conditions=[{"label": "anorexia nervosa", "category": "mental_health"}])]
fam("R7.miss", r7m, r7u)
# R8: alcohol on both sides of one couple; the near miss has depression on one side.
r8 = lambda bside: [P("af", "male", "1930", conditions=[{"label": "alcoholism", "category": "substance_use"}]), P("am", "female", "1932"),
                    P("bf", "male", "1931"), P("bm", "female", "1933", conditions=[bside]), P("ann", "female", "1960"), P("bob", "male", "1958")]
r8u = [U("a", "am", "af", kids=["ann"]), U("b", "bm", "bf", kids=["bob"]), U("u", "ann", "bob", hist=(("married", "1985"),))]
fam("R8.fire", r8({"label": "alcohol use disorder", "category": "substance_use"}), r8u)
fam("R8.miss", r8({"label": "depression", "category": "mental_health"}), r8u)
# R9: suicide in two generations; the near miss is a suicide and an accident.
r9 = lambda manner, died: [P("gf", "male", "1920", "1965", death_manner="suicide"), P("gm", "female", "1922"), P("pa", "male", "1948", died, death_manner=manner)]
fam("R9.fire", r9("suicide", "1990"), [U("g", "gm", "gf", kids=["pa"])])
fam("R9.miss", r9("accident", "2012"), [U("g", "gm", "gf", kids=["pa"])])
# R9 by age: two men who died in their forties; the near miss rests only on an imprecise date.
r9e = lambda died: [P("gf", "male", "1920", "1966"), P("gm", "female", "1922"), P("pa", "male", "1948", died)]
fam("R9.early.fire", r9e("1992"), [U("g", "gm", "gf", kids=["pa"])])
fam("R9.early.miss", r9e("~1996"), [U("g", "gm", "gf", kids=["pa"])])

# ---- Loss and timing
lt = lambda kb: [P("gf", "male", "1930", "2000-05-10"), P("pa", "female", "1960"), P("kid", "male", kb)]
ltu = [U("g", "gf", None, hist=(), kids=["pa"]), U("p", "pa", None, hist=(), kids=["kid"])]
fam("E1.fire", lt("2000-09-01"), ltu)
fam("E1.miss", lt("2003-09-01"), ltu)
fam("E2.fire", lt("1985"), ltu, events=[EV("hospitalisation", "2005-05-20", "pa")])
fam("E2.miss", lt("1985"), ltu, events=[EV("hospitalisation", "2005-09-20", "pa")])
e3 = [P("dad", "male", "1930", "1975"), P("son", "male", "1960")]
e3u = [U("u", "dad", None, hist=(), kids=["son"])]
fam("E3.fire", e3, e3u, events=[EV("crisis", "2005-06", "son")])
fam("E3.miss", e3, e3u, events=[EV("crisis", "1990-06", "son")])
fam("E4.fire", [P("xe", "male", "1950", "1990", death_manner="suicide")])
fam("E4.miss", [P("xe", "male", "1920", "2000", death_manner="natural")])
fam("E5.fire", [P("mum", "female", "1950", "1990"), P("kid", "male", "1980")], [U("u", "mum", None, hist=(), kids=["kid"])])
fam("E5.miss", [P("mum", "female", "1950", "2015"), P("kid", "male", "1980")], [U("u", "mum", None, hist=(), kids=["kid"])])
e6 = [P("gf", "male", "1930", "2000-01-15"), P("pa", "female", "1965"), P("sp", "male", "1964")]
fam("E6.fire", e6, [U("g", "gf", None, hist=(), kids=["pa"]), U("p", "pa", "sp", hist=(("married", "2000-06"),))])
fam("E6.miss", e6, [U("g", "gf", None, hist=(), kids=["pa"]), U("p", "pa", "sp", hist=(("married", "2003-06"),))])
# E6: a widowed partner's rapid remarriage; the near miss was divorced years before the death.
e6w = [P("xe", "male", "1940", "2000-01-15"), P("wi", "female", "1942"), P("zed", "male", "1941")]
fam("E6.remarriage.fire", e6w, [U("u1", "wi", "xe", hist=(("married", "1965"), ("widowed", "2000-01-15"))), U("u2", "wi", "zed", hist=(("married", "2000-09"),))])
fam("E6.remarriage.miss", e6w, [U("u1", "wi", "xe", hist=(("married", "1965"), ("divorced", "1990"))), U("u2", "wi", "zed", hist=(("married", "2000-09"),))])
# E10: a mother, a father-in-law and a husband within three years; near misses: the husband
# later, and a survivor recorded as dead (date unknown), so not known to be alive for the losses.
e10 = lambda hd, **ann: [P("gm", "female", "1925", "2001-03"), P("gf", "male", "1924"), P("fil", "male", "1922", "2002-05"), P("mil", "female", "1926"),
                          P("ann", "female", "1950", **ann), P("bob", "male", "1948", hd)]
e10u = [U("g", "gm", "gf", kids=["ann"]), U("h", "mil", "fil", kids=["bob"]), U("u", "ann", "bob", hist=(("married", "1975"),))]
fam("E10.fire", e10("2003-01"), e10u)
fam("E10.miss", e10("2006-01"), e10u)
fam("E10.survivor-dead.miss", e10("2003-01", deceased=True), e10u)
# E10 through a marriage only once it began: a wife's three brothers who died after the wedding
# are her husband's losses too.
e10m = [P("mum", "female", "1930"), P("dad", "male", "1928"), P("wife", "female", "1960"), P("b1", "male", "1955", "1980-02"), P("b2", "male", "1957", "1981-06"), P("b3", "male", "1958", "1982-03"), P("hus", "male", "1959")]
e10mu = lambda wed: [U("p", "mum", "dad", kids=["wife", "b1", "b2", "b3"]), U("u", "wife", "hus", hist=(("married", wed),))]
fam("E10.in-law.fire", e10m, e10mu("1979"))
# The same losses when the wedding came after them: the husband is no survivor of them.
fam("E10.married-after.fire", e10m, e10mu("1990"))
# E11: a daughter who died on her mother's death day, thirty years on; the near miss a day later.
e11 = lambda d: [P("gm", "female", "1920", "1980-03-14"), P("pa", "female", "1950", d)]
fam("E11.fire", e11("2010-03-14"), [U("g", "gm", None, hist=(), kids=["pa"])])
fam("E11.miss", e11("2010-03-15"), [U("g", "gm", None, hist=(), kids=["pa"])])
# ... nor with someone who is neither an elder nor a descendant: a son's wife born on that day.
fam("E11.in-law.miss", e11("2010-03-15") + [P("sp", "male", "1948"), P("son", "male", "1974"), P("dil", "female", "1975-03-15")],
    [U("g", "gm", None, hist=(), kids=["pa"]), U("p", "pa", "sp", kids=["son"]), U("s", "son", "dil", hist=(("married", "2000"),))])
mig = [P("pa", "male", "1950"), P("kid", "female", "1985")]
fam("E7.fire", mig, [U("p", "pa", None, hist=(), kids=["kid"])], events=[EV("migration", "1980", "pa")])
fam("E7.miss", mig, [U("p", "pa", None, hist=(), kids=["kid"])], events=[EV("move", "1980", "pa")])
war = {"historical_periods": [{"name": "Second World War", "from": "1939-09", "to": "1945-05"}]}
fam("E8.fire", [P("xe", "male", "1935")], config=war)
fam("E8.miss", [P("xe", "male", "1960")], config=war)
e9 = lambda onset: [P("gf", "male", "1930", "2010-01"), P("pa", "female", "1960", conditions=[{"label": "depression", "category": "mental_health", "onset": onset}])]
fam("E9.fire", e9("2010-06"), [U("g", "gf", None, hist=(), kids=["pa"])])
fam("E9.miss", e9("2012-06"), [U("g", "gf", None, hist=(), kids=["pa"])])

# ---- Strengths
ppl, u = parents_kids(["ann"])
fam("ST1.fire", ppl + [P("ann", "female", "1970")], [u], [E("cutoff_repaired", "dad", "ann", "2015")])
fam("ST1.miss", ppl + [P("ann", "female", "1970")], [u], [E("cutoff", "dad", "ann", "2015")])
fam("ST2.fire", [P("ann", "female", "1945"), P("bob", "male", "1944")], [U("u", "ann", "bob", hist=(("married", "1970"),))])
fam("ST2.miss", [P("ann", "female", "1945"), P("bob", "male", "1944")], [U("u", "ann", "bob", hist=(("married", "2010"),))])
fam("ST3.fire", [P("bob", "male", "1968", conditions=aud("in_recovery"))])
fam("ST3.miss", [P("bob", "male", "1968", conditions=aud("affected"))])
fam("ST4.fire", three, threeu, [E("close", "gran", "pat"), E("close", "pat", "kit")])
fam("ST4.miss", three, threeu, [E("close", "gran", "pat")])
st5 = [P("xe", "male", "1940", "2010"), P("wi", "female", "1942"), P("ann", "female", "1970"), P("bea", "female", "1972")]
st5u = [U("u", "wi", "xe", hist=(("married", "1965"), ("widowed", "2010")), kids=["ann", "bea"])]
fam("ST5.fire", st5, st5u, [E("close", "ann", "bea"), E("close", "ann", "wi")])
fam("ST5.miss", st5, st5u, [E("close", "ann", "bea")])
ppl, u = parents_kids(["ann", "bea"])
fam("ST6.fire", ppl + [P("ann", "female", "1970"), P("bea", "female", "1972")], [u], [E("close", "ann", "bea")])
fam("ST6.miss", ppl + [P("ann", "female", "2014"), P("bea", "female", "2016")], [u], [E("close", "ann", "bea")])
print("ok")
