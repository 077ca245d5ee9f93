#!/usr/bin/env bash
# Summarises an AAT_FUZZ_REPORT file: cases and failures per kind, median and max generation time.
f="$1"
echo "cases: $(wc -l < "$f"), failures: $(awk -F'\t' '$6=="FAIL"' "$f" | wc -l), compiled: $(awk -F'\t' '$5!="-"' "$f" | wc -l), big-spec cases: $(awk -F'\t' '$3 ~ /github|stripe|kubernetes|openai|discord|slack/' "$f" | wc -l)"
echo "generation ms: median $(cut -f4 "$f" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'), max $(cut -f4 "$f" | sort -n | tail -1), total $(awk -F'\t' '{s+=$4} END{printf "%.0f", s}' "$f")"
echo "kind | cases | failures | median ms | max ms"
for k in $(cut -f1 "$f" | sort -u); do
  awk -F'\t' -v k="$k" '$1==k' "$f" | cut -f4 | sort -n | awk -v k="$k" '{a[NR]=$1} END{printf "%s | %d | ", k, NR; }'
  printf "%s | " "$(awk -F'\t' -v k="$k" '$1==k && $6=="FAIL"' "$f" | wc -l)"
  awk -F'\t' -v k="$k" '$1==k' "$f" | cut -f4 | sort -n | awk '{a[NR]=$1} END{printf "%s | %s\n", a[int((NR+1)/2)], a[NR]}'
done
echo "diagnostic ids (cases reporting each):"
cut -f7 "$f" | tr ',' '\n' | grep . | sort | uniq -c | sort -rn | tr '\n' ';'; echo
