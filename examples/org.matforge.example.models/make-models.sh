#!/usr/bin/env bash
# Retrains the two models of this bundle and copies them in with their model cards:
#   1. ./matforge run examples/workflows/vendor-models.json   (offline; ~2 min on 2 cores)
#   2. tools/ModelCard.java (SDK only) gives each file its id and card (cards/*.properties + the run's figures)
#      and writes src/main/resources/models/example-band-gap.mfm and example-composition-vae.mfm
# Run from anywhere after `mvn install -DskipTests` (it needs runtime/target/matforge.jar and the API jar).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
api="$root/plugins-sdk/org.matforge.api/target/org.matforge.api-0.1.0-SNAPSHOT.jar"
cd "$root"
OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}" ./matforge run examples/workflows/vendor-models.json 2>&1 | tee /tmp/vendor-models-run.$$.log
run="$(sed -n 's/^run \([^ ]*\) started: \(.*\)$/\2/p' /tmp/vendor-models-run.$$.log | head -1)"
rm -f /tmp/vendor-models-run.$$.log
[[ -d "$run/models" ]] || { echo "make-models: no models folder in '$run'" >&2; exit 1; }
id="$(basename "$run")"
evaluation="$(python3 -c 'import json,sys; s=[s for s in json.load(open(sys.argv[1]))["steps"] if s["name"]=="gap-model"][0]["holdout"]
print("held-out %d rows (20 %%, not trained on): MAE %.3f eV, RMSE %.3f eV, R2 %.3f" % (s["rows"], s["mae"], s["rmse"], s["r2"]))' "$run/run.json")"
out="$here/src/main/resources/models"
mkdir -p "$out"
java -cp "$api" "$here/tools/ModelCard.java" "$run/models/gap-model.mfm" "$out/example-band-gap.mfm" example-band-gap \
  "$here/cards/example-band-gap.properties" "evaluation=$evaluation" "workflow=examples/workflows/vendor-models.json, run $id"
java -cp "$api" "$here/tools/ModelCard.java" "$run/models/generator.mfm" "$out/example-composition-vae.mfm" example-composition-vae \
  "$here/cards/example-composition-vae.properties" "workflow=examples/workflows/vendor-models.json, run $id"
ls -l "$out"
