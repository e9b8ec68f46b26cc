#!/usr/bin/env bash
# The benchmark in one command: builds, starts the local stack on PostgreSQL and Redis (with the BFF's floor
# endpoint), runs the Gatling simulations, writes benchmark/results/<time>/results.json and the Gatling report
# beside it, and stops the stack. USERS (default 200) and SECONDS_PER_PHASE (default 30) size the load; CURVE
# (default 1,10,50,200,400) and CURVE_SECONDS (default 10) the latency curve and the overload phases.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-200}
SECONDS_PER_PHASE=${SECONDS_PER_PHASE:-30}
CURVE=${CURVE:-1,10,50,200,400}
CURVE_SECONDS=${CURVE_SECONDS:-10}
PHASES=$PWD/benchmark/target/phases.csv

mvn -B -q -DskipTests install
mkdir -p benchmark/target
# Every run starts from the same demo data: the stack's schemas are migrated and seeded afresh.
psql -q -h 127.0.0.1 -U postgres -d test \
  -c 'DROP SCHEMA IF EXISTS directory CASCADE; DROP SCHEMA IF EXISTS documents CASCADE; DROP SCHEMA IF EXISTS meetings CASCADE; DROP SCHEMA IF EXISTS dining CASCADE; DROP SCHEMA IF EXISTS eldercare CASCADE; DROP SCHEMA IF EXISTS bigscreen CASCADE; DROP SCHEMA IF EXISTS audit CASCADE;'
rm -f stack/launcher/target/stack-logs/bff-audit.checkpoints
# JFR=1 records the BFF under the load (profiling settings); its hottest methods are printed at the end.
JFR_FILE=$PWD/benchmark/target/bff.jfr
rm -f "$JFR_FILE"
JFR_OPT=()
if [ "${JFR:-0}" = 1 ]; then JFR_OPT=(-Dhuiju.bff.jfr="$JFR_FILE"); fi
java "${JFR_OPT[@]}" -jar stack/launcher/target/huiju-stack.jar --postgres --benchmark > benchmark/target-stack.log 2>&1 &
STACK=$!
trap 'kill $STACK 2>/dev/null || true; wait $STACK 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf http://localhost:8080/actuator/health >/dev/null 2>&1 && curl -sf http://localhost:8082/actuator/health >/dev/null 2>&1 \
    && curl -sf http://localhost:8083/actuator/health >/dev/null 2>&1 && curl -sf http://localhost:8084/actuator/health >/dev/null 2>&1 \
    && curl -sf http://localhost:8085/actuator/health >/dev/null 2>&1 && break
  sleep 1
done

# Bytes and round trips of scenario 1, once, as a front end sees them.
TOKEN=$(curl -s -X POST http://localhost:9000/dev/token -d username=li.na -d client_id=web-portal -d terminal_id=bench \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
QUERY=$(tr '\n' ' ' < benchmark/src/test/resources/portal-home.graphql | sed 's/"/\\"/g')
GRAPHQL_BYTES=$(curl -s -o /dev/null -w '%{size_download}' http://localhost:8080/graphql -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d "{\"query\":\"$QUERY\",\"variables\":{\"dept\":\"dept-office\"}}")
H=(-H "Authorization: Bearer $TOKEN")
# Metrics are the system administrator's.
ADMIN_TOKEN=$(curl -s -X POST http://localhost:9000/dev/token -d username=admin.sys -d client_id=web-portal -d terminal_id=bench \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
PENDING=$(curl -s "${H[@]}" 'http://localhost:8082/documents/todo?personId=li.na&limit=10')
LATEST=$(curl -s "${H[@]}" 'http://localhost:8082/documents?limit=10')
OVERDUE=$(curl -s "${H[@]}" 'http://localhost:8082/documents/overdue?departmentId=dept-office&limit=10')
PEOPLE=$( (echo "$PENDING$LATEST$OVERDUE" | grep -o '"drafterId":"[^"]*"' | cut -d'"' -f4; echo li.na) | sort -u | paste -sd, -)
DEPTS=$( (echo "$PENDING$LATEST$OVERDUE" | grep -o '"departmentId":"[^"]*"' | cut -d'"' -f4; echo dept-office) | sort -u | paste -sd, -)
REST_BYTES=$(( ${#PENDING} + ${#LATEST} + ${#OVERDUE} \
  + $(curl -s -o /dev/null -w '%{size_download}' "${H[@]}" "http://localhost:8081/people?ids=$PEOPLE") \
  + $(curl -s -o /dev/null -w '%{size_download}' "${H[@]}" "http://localhost:8081/departments?ids=$DEPTS") ))

# Scenario 2 once: bytes and round trips of the mobile approval screen, as a phone sees them.
MOBILE_TOKEN=$(curl -s -X POST http://localhost:9000/dev/token -d username=li.na -d client_id=mobile-app -d terminal_id=bench \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
MOBILE_QUERY=$(tr '\n' ' ' < benchmark/src/test/resources/mobile-approval.graphql | sed 's/"/\\"/g')
MOBILE_GRAPHQL_BYTES=$(curl -s -o /dev/null -w '%{size_download}' http://localhost:8080/graphql \
  -H "Authorization: Bearer $MOBILE_TOKEN" -H 'Content-Type: application/json' -d "{\"query\":\"$MOBILE_QUERY\"}")
MOBILE_PENDING=$(curl -s "${H[@]}" 'http://localhost:8082/documents/todo?personId=li.na&limit=5')
FIRST_STEPS=$(echo "$MOBILE_PENDING" | sed 's/"recipients".*//' | grep -o '"assigneeId":"[^"]*"' | cut -d'"' -f4)
MOBILE_PEOPLE=$( (echo "$FIRST_STEPS"; echo li.na) | sort -u | paste -sd, -)
MOBILE_REST_BYTES=$(( ${#MOBILE_PENDING} + $(curl -s -o /dev/null -w '%{size_download}' "${H[@]}" "http://localhost:8081/people?ids=$MOBILE_PEOPLE") ))

# Scenario 3, fan-out: documents lists of 1, 10, 100 and 1000 with drafter, department and approvers. For each size,
# 5 times with a cold cache: the BFF's calls to each service (its resilience metrics) and the latency. Cold means
# Redis emptied and the BFF's own near copy (5 s, huiju.clients.cache.<name>.near) run out.
FANOUT_QUERY='query($n: Int) { documents(first: $n) { edges { node { id drafter { name department { name } } department { name } approvers { name } } } } }'
calls() {
  curl -s -H "Authorization: Bearer $ADMIN_TOKEN" "http://localhost:8080/actuator/metrics/resilience4j.circuitbreaker.calls?tag=name:$1" \
    | grep -o '"statistic":"COUNT","value":[0-9.E+-]*' | head -1 | cut -d: -f3 | awk '{ printf "%d", $1 }'
}
FANOUT=()
for n in 1 10 100 1000; do
  DIR=0; DOCS=0; TIMES=()
  for _ in $(seq 1 5); do
    redis-cli -h 127.0.0.1 --scan --pattern 'huiju:cache:*' | xargs -r redis-cli -h 127.0.0.1 del >/dev/null
    sleep 5.2
    D0=$(calls directory); C0=$(calls documents)
    T=$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/graphql -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "{\"query\":\"$FANOUT_QUERY\",\"variables\":{\"n\":$n}}")
    D1=$(calls directory); C1=$(calls documents)
    DIR=$(( DIR + D1 - D0 )); DOCS=$(( DOCS + C1 - C0 )); TIMES+=("$T")
  done
  P50=$(printf '%s\n' "${TIMES[@]}" | sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }')
  FANOUT+=("fanout${n}DirectoryCalls=$(( DIR / 5 ))" "fanout${n}DocumentsCalls=$(( DOCS / 5 ))" "fanout${n}P50Ms=$P50")
done

# What verifying a token costs each domain service per request, with nothing else running.
TOKEN_COST=($(mvn -B -q -Pbenchmark -pl benchmark test-compile exec:java | grep '^tokenVerify'))

# What each service answers at 1 to 64 calls at once, straight, with the user's token: the knee the BFF's
# limit of calls in flight (huiju.clients.services.<name>.max-concurrent-calls) is sized from.
CAPACITY=()
for SERVICE in "documents http://localhost:8082/documents?limit=10" "directory http://localhost:8081/people?ids=li.na,wang.fang,chen.jie,zhang.wei" \
    "meetings http://localhost:8083/meetings/invitations?personId=li.na" \
    "dining http://localhost:8084/canteens?kind=COMMUNITY&streetId=s-riverside" \
    "eldercare http://localhost:8085/institutions"; do
  set -- $SERVICE
  while read -r LINE; do
    CAPACITY+=("$(echo "$LINE" | sed 's/^capacity \([a-z]*\) c\([0-9]*\) \([A-Za-z0-9]*\)=/capacity_\1_c\2_\3=/')")
  done < <(java benchmark/Capacity.java "$1" "$2" "$TOKEN" 1,4,8,16,32,64 3)
done
printf '%s\n' "${CAPACITY[@]}" | grep perSecond

# Live screens: SUBSCRIBERS (500) graphql-ws subscriptions on the BFF, 20 values announced as the big screen
# service announces them, each subscriber's delivery latency, and the BFF's live heap with and without them.
LEADER_TOKEN=$(curl -s -X POST http://localhost:9000/dev/token -d username=chen.jie -d client_id=web-portal -d terminal_id=bench \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
PUBLISHER_TOKEN=$(curl -s -u bigscreen:dev-bigscreen-secret -d grant_type=client_credentials -d scope=indicators:publish \
  http://localhost:9000/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
LIVE=()
while read -r LINE; do
  for PAIR in ${LINE#subscribers }; do LIVE+=("subscribers_$PAIR"); done
done < <(java benchmark/Subscribers.java http://localhost:8080 "$LEADER_TOKEN" "$PUBLISHER_TOKEN" "$ADMIN_TOKEN" \
  "${SUBSCRIBERS:-500}" 20 "$(pgrep -f 'bff.*-exec.jar' | head -1)" | grep -E '^subscribers (open|delivered|heap_mb_without)=')
printf '%s\n' "${LIVE[@]}"

# The BFF's heap and CPU, every 2 s while the load runs.
SAMPLES=benchmark/target/bff-samples.csv
: > "$SAMPLES"
( while true; do
    HEAP=$(curl -s -H "Authorization: Bearer $ADMIN_TOKEN" 'http://localhost:8080/actuator/metrics/jvm.memory.used?tag=area:heap' \
      | grep -o '"value":[0-9.E+-]*' | head -1 | cut -d: -f2)
    CPU=$(curl -s -H "Authorization: Bearer $ADMIN_TOKEN" http://localhost:8080/actuator/metrics/process.cpu.usage \
      | grep -o '"value":[0-9.E+-]*' | head -1 | cut -d: -f2)
    echo "${HEAP:-0},${CPU:-0}" >> "$SAMPLES"
    sleep 2
  done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true; kill $STACK 2>/dev/null || true; wait $STACK 2>/dev/null || true' EXIT

# Warm-up: every simulation with 50 users, its results thrown away, round after round until the JVMs have
# compiled their hot paths: a production BFF spends its life warm, and on 2 cores C2 needs minutes of load
# before its compiler threads go quiet. A round of WARMUP_SECONDS (20) a phase ends the warm-up when the BFF's
# JIT compiled for less than WARMUP_JIT_MS (5000) of it, or after WARMUP_ROUNDS (4) rounds; WARMUP_ROUNDS=0
# skips it. Every round's JIT time is printed and kept in results.json.
WARMUP_SECONDS=${WARMUP_SECONDS:-20}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-4}
WARMUP_JIT_MS=${WARMUP_JIT_MS:-5000}
# jvm.compilation.time is in milliseconds (Micrometer's base unit for it).
jit_ms() {
  curl -s -H "Authorization: Bearer $ADMIN_TOKEN" http://localhost:8080/actuator/metrics/jvm.compilation.time \
    | grep -o '"value":[0-9.E+-]*' | head -1 | cut -d: -f2 | awk '{ printf "%d", $1 }'
}
WARMUP=()
for ROUND in $(seq 1 "$WARMUP_ROUNDS"); do
  J0=$(jit_ms)
  mvn -B -q -Pbenchmark -pl benchmark gatling:test -Dusers=50 -Dseconds="$WARMUP_SECONDS" -DfloorBytes="$GRAPHQL_BYTES" \
    -DphasesFile="$PWD/benchmark/target/warm-up-phases.csv" > benchmark/target/warm-up.log 2>&1 || true
  JIT=$(( $(jit_ms) - J0 ))
  echo "warm-up round $ROUND: the BFF's JIT compiled for $JIT ms"
  WARMUP+=("warmUpRound${ROUND}BffJitMs=$JIT")
  [ "$JIT" -lt "$WARMUP_JIT_MS" ] && break
done
: > "$SAMPLES"
rm -rf benchmark/target/gatling
rm -f "$PHASES"
mvn -B -q -Pbenchmark -pl benchmark gatling:test -Dusers="$USERS" -Dseconds="$SECONDS_PER_PHASE" \
  -DfloorBytes="$GRAPHQL_BYTES" -DphasesFile="$PHASES"
# The latency curve and the overload phases, each size a short phase of every path.
mvn -B -q -Pbenchmark -pl benchmark gatling:test -Dgatling.simulationClass=dev.huiju.benchmark.LoadCurveSimulation \
  -Dcurve="$CURVE" -DcurveSeconds="$CURVE_SECONDS" -DphasesFile="$PHASES"

kill $SAMPLER 2>/dev/null || true
BFF_HEAP_MAX_MB=$(awk -F, '{ if ($1 > m) m = $1 } END { printf "%.0f", m / 1048576 }' "$SAMPLES")
BFF_CPU_MEAN=$(awk -F, '{ s += $2; n++ } END { printf "%.2f", (n ? s / n : 0) }' "$SAMPLES")
REPORTS=(benchmark/target/gatling/*/)
OUT=benchmark/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
for REPORT in "${REPORTS[@]}"; do cp -r "$REPORT" "$OUT/report-$(basename "$REPORT" | sed 's/-[0-9]*$//')"; done
java benchmark/Summary.java "${REPORTS[@]}" "cores=$(nproc)" "memoryKb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)" \
  "users=$USERS" "secondsPerPhase=$SECONDS_PER_PHASE" "scenario1GraphQlBytes=$GRAPHQL_BYTES" \
  "scenario1RestBytes=$REST_BYTES" "scenario1GraphQlRoundTrips=1" "scenario1RestRoundTrips=5" \
  "bffHeapMaxMb=$BFF_HEAP_MAX_MB" "bffCpuMean=$BFF_CPU_MEAN" "${FANOUT[@]}" \
  "scenario2GraphQlBytes=$MOBILE_GRAPHQL_BYTES" "scenario2RestBytes=$MOBILE_REST_BYTES" "scenario2GraphQlRoundTrips=1" \
  "scenario2RestRoundTrips=2" "${TOKEN_COST[@]}" "${CAPACITY[@]}" "${LIVE[@]}" "${WARMUP[@]}" "phases=$PHASES" > "$OUT/results.json"

# The chart of scenario 3: downstream calls per query by list size.
{
  echo '<svg xmlns="http://www.w3.org/2000/svg" width="520" height="260" font-family="sans-serif" font-size="12">'
  echo '<text x="10" y="20">Downstream calls per query by list size (directory, documents)</text>'
  X=40
  for n in 1 10 100 1000; do
    D=$(grep -o "\"fanout${n}DirectoryCalls\": [0-9]*" "$OUT/results.json" | grep -o '[0-9]*$')
    C=$(grep -o "\"fanout${n}DocumentsCalls\": [0-9]*" "$OUT/results.json" | grep -o '[0-9]*$')
    echo "<rect x=\"$X\" y=\"$(( 220 - D * 30 ))\" width=\"30\" height=\"$(( D * 30 ))\" fill=\"#4a7\"/>"
    echo "<rect x=\"$(( X + 32 ))\" y=\"$(( 220 - C * 30 ))\" width=\"30\" height=\"$(( C * 30 ))\" fill=\"#47a\"/>"
    echo "<text x=\"$X\" y=\"240\">n=$n: $D + $C</text>"
    X=$(( X + 120 ))
  done
  echo '</svg>'
} > "$OUT/calls-by-list-size.svg"
if [ "${JFR:-0}" = 1 ]; then
  kill $STACK 2>/dev/null || true; wait $STACK 2>/dev/null || true
  for _ in $(seq 1 30); do [ -s "$JFR_FILE" ] && break; sleep 1; done
  java benchmark/HotMethods.java "$JFR_FILE" 25 > "$OUT/bff-hot-methods.txt"
  cp "$JFR_FILE" "$OUT/bff.jfr"
  echo "BFF profile: $OUT/bff.jfr, hottest methods: $OUT/bff-hot-methods.txt"
fi
echo "results: $OUT/results.json, charts: $OUT/report-*/index.html and $OUT/calls-by-list-size.svg"
