"""What the learners (lexicon.py, model.py) share: the labelled corpus they
learn from, its categories of special personal data, and how a learned file
is written or checked.

The training splits are the ones the rules are tuned on, never test or
holdout, nor a blind split before it is tuned on (tune14).
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fixtures", "eval")
TRAIN = ("dev", "tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7",
         "tune8", "tune9", "tune10", "tune11", "tune12", "tune13")
CATEGORIES = ("gezondheid", "religie", "etniciteit", "politiek", "vakbond",
              "seksualiteit", "genetisch", "biometrisch", "strafrechtelijk")


def records(splits):
    """(split, record) for every labelled message of splits, in order."""
    for split in splits:
        with open(os.path.join(CORPUS, split + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                yield split, json.loads(line)


def write_or_check(path, text, script):
    """Writes text to path (under ROOT); with --check, fails when the file
    holds something else, and writes nothing."""
    name = os.path.relpath(path, ROOT)
    if "--check" in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("%s is not what %s writes; run it" % (name, script))
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
