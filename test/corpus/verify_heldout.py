"""Validate heldout.jsonl: schema, labels, and mod-11 status of every 10-digit number."""
import json, re, sys
from collections import Counter
SITES={"x","facebook","linkedin","instagram","reddit","threads","bluesky","mastodon"}
LABELS={"patient-details","rudeness","confidentiality"}
WORDS={"zero":"0","oh":"0","one":"1","two":"2","three":"3","four":"4","five":"5","six":"6","seven":"7","eight":"8","nine":"9"}
def mod11_ok(d):
    s=sum(int(c)*w for c,w in zip(d[:9],range(10,1,-1)))
    c=11-(s%11); c=0 if c==11 else c
    return c!=10 and c==int(d[9])
def runs(text):
    # digits joined by at most one separator (space, dash, dot, newline)
    out=[re.sub(r'\D','',m) for m in re.findall(r'\d(?:[ \-.\n]?\d)*',text)]
    # numbers spelled as words
    toks=re.findall(r"[a-z]+",text.lower()); buf=""
    for t in toks+["x"]:
        if t in WORDS: buf+=WORDS[t]
        else:
            if len(buf)>=4: out.append(buf)
            buf=""
    return out
path=sys.argv[1] if len(sys.argv)>1 else "heldout.jsonl"
bad=0; ids=set(); cnt=Counter(); combos=Counter(); n=0
for ln,line in enumerate(open(path,encoding="utf-8"),1):
    r=json.loads(line); n+=1
    assert set(r)=={"id","site","text","labels","why"}, (ln,r.keys())
    assert re.fullmatch(r"h\d{3}",r["id"]) and r["id"] not in ids; ids.add(r["id"])
    assert r["site"] in SITES and isinstance(r["text"],str) and r["text"].strip() and r["why"].strip()
    assert isinstance(r["labels"],list) and set(r["labels"])<=LABELS and len(set(r["labels"]))==len(r["labels"])
    for l in r["labels"]: cnt[l]+=1
    combos[tuple(sorted(r["labels"]))]+=1
    pd="patient-details" in r["labels"]
    for d in runs(r["text"]):
        if len(d)==10:
            ok=mod11_ok(d)
            status="PASS" if ok else "FAIL"
            print(f'{r["id"]} {str(r["labels"]):40s} {d} {status}')
            if pd and not ok: print("  ERROR: PD post with failing 10-digit number"); bad+=1
            if not pd and ok: print("  ERROR: non-PD post with passing 10-digit number"); bad+=1
        elif len(d)>=9:
            print(f'{r["id"]} note: {len(d)}-digit run {d}')
print("posts",n); print("label counts",dict(cnt)); print("combos",dict(combos))
print("errors",bad); sys.exit(1 if bad else 0)
