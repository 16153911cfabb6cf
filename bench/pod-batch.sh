# shellcheck shell=bash
# Shared by bench/vm-start-bench.sh and bench/vm-start-floor.sh (sourced): timing a batch of
# objects created with one `kubectl create`, from `kubectl get -w` watches whose lines are
# stamped with $EPOCHREALTIME on arrival. The caller sets KUBECTL, NS (the namespace), N (the
# batch size), TIMEOUT (seconds) and WATCHERS=() (pids it kills on exit), and sources
# hack/cluster-env.sh (log, die).

# watch KIND LABEL OUT: one line "<epoch seconds> <name> <phase>" per event
watch() {
  mkfifo "$3.fifo"
  $KUBECTL -n "$NS" get "$1" -l "$2" -w -o jsonpath='{.metadata.name} {.status.phase}{"\n"}' \
    >"$3.fifo" 2>/dev/null &
  WATCHERS+=($!)
  while read -r name phase; do echo "$EPOCHREALTIME $name $phase"; done <"$3.fifo" >"$3" &
  WATCHERS+=($!)
}

# first_running LOG T0: seconds from T0 to the first Running event of each object
first_running() {
  awk -v t0="$2" '$3 == "Running" && !($2 in seen) { seen[$2] = 1; printf "%.3f\n", $1 - t0 }' "$1" | sort -n
}

# await_running LOG WHAT [HINT]: returns once N objects of LOG were Running; dies after TIMEOUT
await_running() {
  local deadline=$((SECONDS + TIMEOUT))
  until (($(first_running "$1" 0 | wc -l) >= N)); do
    ((SECONDS < deadline)) || die "bench: not all $N $2 Running within ${TIMEOUT}s${3:+ ($3)}"
    sleep 1
  done
}

# pct FILE P: nearest-rank percentile of the sorted values in FILE
pct() { awk -v p="$2" '{ v[NR] = $1 } END { r = int((p * NR + 99) / 100); if (r < 1) r = 1; print v[r] }' "$1"; }

# pause_pods_yaml: the batch of N plain pods (localhost/coexist/pause:1.0), label bench=pod
pause_pods_yaml() {
  local i
  for ((i = 1; i <= N; i++)); do
    cat <<YAML
---
apiVersion: v1
kind: Pod
metadata: {name: bench-pod-$i, labels: {bench: pod}}
spec:
  automountServiceAccountToken: false
  terminationGracePeriodSeconds: 1
  containers:
    - name: pause
      image: localhost/coexist/pause:1.0
      imagePullPolicy: IfNotPresent
      resources: {requests: {cpu: 10m, memory: 16Mi}}
YAML
  done
}

# load1: the 1-minute load average
load1() { cut -d' ' -f1 /proc/loadavg; }
