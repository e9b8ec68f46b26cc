#!/usr/bin/env bash
# Builds what is needed (tests skipped) and starts the whole local stack on embedded defaults.
# Extra arguments go to the launcher, e.g. --postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
exec java -jar stack/launcher/target/huiju-stack.jar "$@"
