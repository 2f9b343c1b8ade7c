#!/usr/bin/env bash
# Runs the headless-Chromium walkthroughs against one fresh instance of the app (its own port, its
# own H2 database and report folder under target/), one after the other:
#   tasklist-walkthrough.mjs  a case through survey, joint review, decision and verification
#   upgrade-walkthrough.mjs   upgrade in place: commitment, diagnosis report upload, plan, rectification
#   casefile-walkthrough.mjs  the case file and 案件 Cases: a firm registered, a case opened and a pending
#                             one re-decided on screen, land after the end, the case file in Cockpit
#   forms-walkthrough.mjs     every other form: escalation, closure, land reuse, licence, relocation,
#                             safety evaluation, on-site acceptance, the decision after failed rounds
#   equipment-walkthrough.mjs the demo county's special-equipment inspections: draw, start, an inspection
#                             in Tasklist, publication approved, the public page
#   onsite-walkthrough.mjs    the phone page (/onsite/) at a phone's size with touch: a closure verification
#                             with two photos submitted offline, sent when online; a second phone refused
#   dashboard-walkthrough.mjs the Cockpit campaign dashboard: supervisor1 sees it, safety1 does not
#   webapps-walkthrough.mjs   Tasklist, Cockpit, Admin and Welcome in Chinese: filters, sorting, no banner
# Each prints its own "N passed, M failed"; the last line sums them up. Exits 1 if any fails.
# Builds nothing. The first four run on an instance without the demo campaign (its 117 survey tasks
# would bury the walkthroughs' own), the dashboard on a second, fresh one with it.
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
rm -rf "$out" "$root"/target/browser-h2*
mkdir -p "$out"

app=
stop_app() {
  if [[ -n "$app" ]] && kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$app" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$app" 2>/dev/null || true
  fi
  [[ -n "$app" ]] && wait "$app" 2>/dev/null || true
  app=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

# start_app NAME DEMO_CAMPAIGN: a fresh instance (own H2 database and report folder) on the first
# free port from $PORT (default 8091); sets $base. Returns 1 with the log's tail if it does not come up.
start_app() {
  local name=$1 demo=$2 db=$root/target/browser-h2-$1
  mkdir -p "$db"
  port=$(node -e '
    const net = require("node:net");
    const tryPort = (port, left) => {
      const server = net.createServer();
      server.once("error", () => left > 0 ? tryPort(port + 1, left - 1) : process.exit(1));
      server.listen(port, "127.0.0.1", () => server.close(() => console.log(port)));
    };
    tryPort(Number(process.argv[1]), 50);' "${PORT:-8091}")
  base=http://localhost:$port
  local started
  started=$(date +%s)
  echo "run.sh: starting $jar on port $port, demo campaign $demo (H2 in $db, log in $out/app-$name.log)"
  java -jar "$jar" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:h2:file:$db/rectify" \
    --rectify.rectification.report-folder="$db/reports" \
    --rectify.demo-campaign="$demo" \
    >"$out/app-$name.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    if ! kill -0 "$app" 2>/dev/null; then
      echo "run.sh: the app stopped while starting; last lines of $out/app-$name.log:" >&2
      tail -n 40 "$out/app-$name.log" >&2
      return 1
    fi
    if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      echo "run.sh: app UP after $(( $(date +%s) - started )) s"
      # the webapps' first pages and bundles, once, so that no walkthrough meets a cold server
      # and their plugin bundles: RequireJS gives a plugin 7 s, which a cold server on a busy machine
      # can miss, and Cockpit then opens without the dashboard
      for app_name in tasklist cockpit admin welcome; do
        curl -fsS -o /dev/null "$base/camunda/app/$app_name/" || true
        curl -fsS -o /dev/null "$base/camunda/app/$app_name/camunda-$app_name-bootstrap.js" || true
        curl -fsS -o /dev/null "$base/camunda/app/$app_name/scripts/config.js" || true
        curl -fsS -o /dev/null "$base/camunda/api/$app_name/plugin/${app_name}Plugins/static/app/plugin.js" || true
      done
      curl -fsS -o /dev/null "$base/camunda/app/cockpit/scripts/rectify-dashboard.js" || true
      curl -fsS -o /dev/null "$base/camunda/lib/deps.js" || true
      return 0
    fi
    sleep 1
  done
  echo "run.sh: $base/actuator/health not UP after 120 s; last lines of $out/app-$name.log:" >&2
  tail -n 40 "$out/app-$name.log" >&2
  return 1
}

began=$(date +%s)
status=0
total_passed=0
total_failed=0
run_script() {
  local script=$1 script_status=0 summary script_passed script_failed
  echo "run.sh: $script.mjs"
  BASE_URL=$base OUT_DIR=$out DEMO_CAMPAIGN=${DEMO_CAMPAIGN:-false} node "src/test/browser/$script.mjs" | tee "$out/$script.log" || script_status=$?
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
}

# the case walkthroughs without the demo campaign: its 117 survey tasks would bury their own
if start_app cases false; then
  run_script tasklist-walkthrough
  run_script upgrade-walkthrough
  run_script casefile-walkthrough
  run_script forms-walkthrough
  run_script equipment-walkthrough
  run_script onsite-walkthrough
else
  total_failed=$((total_failed + 1))
  status=1
fi
stop_app
# the dashboard as a new user finds it: the demo campaign, its cases opened by the job executor
if start_app dashboard true; then
  DEMO_CAMPAIGN=true run_script dashboard-walkthrough
  run_script webapps-walkthrough
else
  total_failed=$((total_failed + 1))
  status=1
fi
stop_app
echo "run.sh: screenshots in $out; took $(( $(date +%s) - began )) s" >&2
echo "$total_passed passed, $total_failed failed"
exit $status
