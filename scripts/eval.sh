#!/bin/sh
# make eval: ihh-classify | ihh-redact over the labelled corpus, scored.
# dev, tune and tune2 to tune13 are what the rules are tuned on (tune2 to
# tune13 were written by someone who had not seen the rules, and scored once
# before tuning); test.jsonl was held out (its figures were looked at);
# holdout.jsonl was written by someone who had not seen the rules, and is for
# measuring only.
# tune14.jsonl is the blind split not tuned on yet: it was written without
# seeing the rules, and its messages are not listed.
set -eu
bin=${IHH_BIN:-build/out/bin}
tools=${IHH_TOOLS:-build/out/tests}
corpus=fixtures/eval
work=${IHH_EVAL_WORK:-build/tmp/eval}
mkdir -p "$work"
for split in dev tune tune2 tune3 tune4 tune5 tune6 tune7 tune8 tune9 tune10 tune11 tune12 tune13 tune14 test holdout; do
	[ -f "$corpus/$split.jsonl" ] || continue
	"$bin/ihh-classify" -q --rules patterns --contacts "$corpus/contacts.txt" \
		--marks "$corpus/marks.txt" "$corpus/$split.jsonl" >"$work/$split.classified"
	"$bin/ihh-redact" -q --rules patterns --also iban,telefoon "$work/$split.classified" \
		>"$work/$split.marked"
	# the messages of test, holdout and tune14 are never listed: they measure
	list=${IHH_EVAL_LIST:+--list}
	case $split in test | holdout | tune14) list= ;; esac
	"$tools/evaluate" --name "$split" $list <"$work/$split.marked"
	echo
done
