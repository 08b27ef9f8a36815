#!/bin/sh
# embed.sh NAME FILE: FILE as a C array NAME (NUL-terminated) and its length
# NAME_len, for the few resources a program carries inside it (the review
# page's style and script).  POSIX od and awk only.
set -eu
name=$1 file=$2
echo "/* generated from $file by scripts/embed.sh: do not edit */"
echo "#include <stddef.h>"
echo "const char $name[] = {"
od -An -v -tx1 "$file" | awk '{ for (i = 1; i <= NF; i++) printf "0x%s,", $i; printf "\n" }'
echo "0 };"
echo "const size_t ${name}_len = sizeof($name) - 1;"
