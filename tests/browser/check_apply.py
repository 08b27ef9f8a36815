#!/usr/bin/python3
"""check_apply.py ITEMS.tsv DECISIONS.json MARKED.jsonl KEPT.jsonl

After ihh-apply: every verdict of the page's decisions shows in the kept
stream: an accepted deletion is gone (its text nowhere), a rejected one is
kept; an accepted redaction's text is nowhere, a rejected one's stays.
"""
import json
import sys


def fail(msg):
    print("check_apply.py: " + msg, file=sys.stderr)
    sys.exit(1)


items_tsv, dec_path, marked_path, kept_path = sys.argv[1:5]
kinds = {}
with open(items_tsv, encoding="utf-8") as f:
    for line in f.read().splitlines()[1:]:
        cols = line.split("\t")
        kinds[cols[0]] = cols[1]
with open(dec_path, encoding="utf-8") as f:
    verdicts = {d["item"]: d for d in json.load(f)["decisions"]}
marked = {}
with open(marked_path, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        marked[r["id"]] = r
with open(kept_path, encoding="utf-8") as f:
    kept_text = f.read()
kept = {json.loads(l)["id"]: json.loads(l) for l in kept_text.splitlines()}
if set(kinds) != set(verdicts):
    fail("the decisions do not cover the items")
deleted = 0
for item, kind in kinds.items():
    v = verdicts[item]["verdict"]
    rid = item.split("/")[0]
    if kind == "delete":
        if v == "accept":
            deleted += 1
            if rid in kept:
                fail("%s was deleted by the reviewer but is kept" % rid)
            text = marked[rid].get("text", "")
            if len(text) > 20 and text in kept_text:
                fail("the text of deleted %s is still in the stream" % rid)
        elif rid not in kept:
            fail("%s: the deletion was rejected, yet it is gone" % rid)
    elif kind == "check":
        if v == "reject":
            deleted += 1
            if rid in kept:
                fail("%s: the check was rejected (delete), yet it is kept" % rid)
        elif rid not in kept:
            fail("%s: kept as zakelijk by the reviewer, yet it is gone" % rid)
    elif kind == "redact" and rid in kept:
        red = marked[rid]["redactions"][int(item.split("/")[1]) - 1]
        raw = marked[rid].get(red.get("field", "text"), "").encode()[red["start"]:red["end"]].decode()
        field = kept[rid].get(red.get("field", "text"), "")
        if v == "accept" and raw in field:
            fail("accepted redaction %s: '%s' is still there" % (item, raw))
        if v == "reject" and raw not in field:
            fail("rejected redaction %s: '%s' is gone" % (item, raw))
if len(kept) + deleted != len(marked):
    fail("%d kept + %d deleted is not the %d that came in" % (len(kept), deleted, len(marked)))
print("  ok      ihh-apply on the page's decisions: %d kept, %d deleted, every verdict applied"
      % (len(kept), deleted))
