#!/usr/bin/env bash
# Runs the headless-Chromium walkthroughs against one fresh instance of the app (its own port, its
# own H2 database and report folder under target/), one after the other:
#   tasklist-walkthrough.mjs  a case through survey, joint review, decision and verification
#   upgrade-walkthrough.mjs   upgrade in place: commitment, diagnosis report upload, plan, rectification
#   dashboard-walkthrough.mjs the Cockpit campaign dashboard: supervisor1 sees it, safety1 does not
# Each prints its own "N passed, M failed"; the last line sums them up. Exits 1 if either fails.
# Builds nothing. The demo campaign is off: its 117 survey tasks would bury the walkthrough's own.
#
#   bash src/test/browser/run.sh [path/to/rectify.jar]     (or: npm run test:browser)
#
# Default jar: target/rectify-*.jar (not *.original); build it first with
# ./mvnw -DskipTests package. Screenshots and the app's log go to target/browser/.
# Environment: PORT (first port to try, default 8091), CHROMIUM (default /usr/bin/chromium).
set -euo pipefail

cd "$(dirname "$0")/../../.."
root=$(pwd)

jar=${1:-}
if [[ -z "$jar" ]]; then
  for candidate in target/rectify-*.jar; do
    [[ "$candidate" == *.original || ! -f "$candidate" ]] && continue
    jar=$candidate
    break
  done
fi
if [[ -z "$jar" || ! -f "$jar" ]]; then
  echo "run.sh: no jar${jar:+ at $jar}; build one with ./mvnw -DskipTests package" >&2
  exit 2
fi

if [[ ! -d node_modules/playwright-core ]]; then
  echo "run.sh: installing the npm devDependencies (npm ci)"
  npm ci --no-audit --no-fund >/dev/null
fi

out=$root/target/browser
db=$root/target/browser-h2
rm -rf "$out" "$db"
mkdir -p "$out" "$db"

# the first free port from $PORT (default 8091) on
port=$(node -e '
  const net = require("node:net");
  const tryPort = (port, left) => {
    const server = net.createServer();
    server.once("error", () => left > 0 ? tryPort(port + 1, left - 1) : process.exit(1));
    server.listen(port, "127.0.0.1", () => server.close(() => console.log(port)));
  };
  tryPort(Number(process.argv[1]), 50);' "${PORT:-8091}")
base=http://localhost:$port

started=$(date +%s)
echo "run.sh: starting $jar on port $port (H2 in $db, log in $out/app.log)"
java -jar "$jar" \
  --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$db/rectify" \
  --rectify.rectification.report-folder="$db/reports" \
  --rectify.demo-campaign=false \
  >"$out/app.log" 2>&1 &
app=$!

stop_app() {
  if kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$app" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$app" 2>/dev/null || true
  fi
  wait "$app" 2>/dev/null || true
}
trap stop_app EXIT
trap 'exit 130' INT TERM

up=false
for _ in $(seq 1 120); do
  if ! kill -0 "$app" 2>/dev/null; then
    echo "run.sh: the app stopped while starting; last lines of $out/app.log:" >&2
    tail -n 40 "$out/app.log" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
  if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    up=true
    break
  fi
  sleep 1
done
if [[ $up != true ]]; then
  echo "run.sh: $base/actuator/health not UP after 120 s; last lines of $out/app.log:" >&2
  tail -n 40 "$out/app.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
echo "run.sh: app UP after $(( $(date +%s) - started )) s"

status=0
total_passed=0
total_failed=0
for script in tasklist-walkthrough upgrade-walkthrough dashboard-walkthrough; do
  echo "run.sh: $script.mjs"
  script_status=0
  BASE_URL=$base OUT_DIR=$out node "src/test/browser/$script.mjs" | tee "$out/$script.log" || script_status=$?
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out/$script.log" | tail -n 1 || true)
  if [[ -n "$summary" ]]; then
    read -r script_passed _ script_failed _ <<<"$summary"
  else
    echo "run.sh: $script.mjs ended without its summary (exit code $script_status)" >&2
    script_passed=0
    script_failed=1
  fi
  if [[ $script_status -ne 0 && $script_failed -eq 0 ]]; then
    script_failed=1
  fi
  total_passed=$((total_passed + script_passed))
  total_failed=$((total_failed + script_failed))
  if [[ $script_status -ne 0 || $script_failed -ne 0 ]]; then
    status=1
  fi
done
echo "run.sh: screenshots in $out; took $(( $(date +%s) - started )) s" >&2
echo "$total_passed passed, $total_failed failed"
exit $status
