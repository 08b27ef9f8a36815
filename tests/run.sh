#!/bin/sh
# Runs the Criterion test programs given as arguments, from the project's
# top folder; IHH_BIN and IHH_TOOLS say where the programs and tools are.
set -u
fail=0
for t in "$@"; do
	name=$(basename "$t")
	if "$t" --jobs 2 >"build/tmp/$name.log" 2>&1; then
		printf '  ok      %s (%s)\n' "$name" "$(tail -n 1 "build/tmp/$name.log" | sed 's/^\[====\] //')"
	else
		printf '  FAILED  %s\n' "$name"
		cat "build/tmp/$name.log"
		fail=1
	fi
done
exit $fail
