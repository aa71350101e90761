#!/usr/bin/env bash
# Makes releng/api-baseline/repository, the API baseline that every build compares its bundles with
# (tycho-baseline-plugin in the root pom), from the bundles as they are now. Run it when a release is made
# (the released API becomes the baseline) and commit the result. Usage: releng/api-baseline/update.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN=${MVN:-./mvnw -B}   # on a shared build machine: MVN=mvnl
$MVN -o -q verify -DskipTests -Dtycho.baseline.skip=true -Papi-baseline-snapshot -pl releng/api-baseline -am
rm -rf releng/api-baseline/repository
mkdir -p releng/api-baseline/repository
cp -r releng/api-baseline/target/repository/. releng/api-baseline/repository/
ls releng/api-baseline/repository/plugins
