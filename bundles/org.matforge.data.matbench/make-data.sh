#!/bin/sh
# Makes this data bundle's files, src/main/resources/data/{expt_gap,mp_e_form}.csv.gz, from the Matbench copies in
# ../shared/data/matbench beside the checkout (see ../shared/data/README.md and docs/data.md, "Data bundles").
# Needs the API jar built once (mvn -o install -pl plugins-sdk/org.matforge.api). The tests check the files against
# the same sources on every build (MatbenchDataTest).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${MATFORGE_SHARED_DATA:-$root/../shared/data}
java -cp "$root/plugins-sdk/org.matforge.api/target/classes" \
  "$here/src/test/java/org/matforge/data/matbench/MatbenchDataMaker.java" "$data/matbench" "$here/src/main/resources/data"
