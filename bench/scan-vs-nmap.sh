#!/bin/sh
# Issue #3 benchmark: CamWarden's scan against `nmap -sT -sV` on the same 1,000 lab addresses and ports, in one run.
#
# Brings up the lab network (../shared/lab/netns-up.sh N; left alone if it is already up), starts real lab devices
# bound to 0.0.0.0 inside the camlab namespace, so each of the N addresses answers on the same ports, runs both
# scanners inside camscan under /usr/bin/time -v (wall time, peak RSS), and scores each tool's open-port recall
# against the ground truth: the TCP listeners `ss -ltn` shows inside camlab, crossed with targets and ports.
# Stops what it started (devices; the namespaces only if it created them).
#
# Usage (root): bench/scan-vs-nmap.sh [N=1000]
# Environment: CAMWARDEN_SCAN_ARGS  extra `camwarden scan` options, default "--rate 0" (bench only, see below)
#              CAMWARDEN_JAVA_OPTS  JVM options, default "-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ..."
#              NMAP_ARGS            extra nmap options, default none (nmap's own timing, T3)
#              NMAP_TIMEOUT         stop nmap after this many seconds and score the hosts it finished (a lower
#                                   bound of its time); nmap -sV needs hours for 1,000 of these addresses
#              KEEP=1               keep the work directory (scan outputs, logs); it is printed either way
#
# Why "--rate 0": the default of 300 connection attempts per second is for city networks; a 1,000-host lab on a
# veth pair is no such network, and nmap is not rate limited either. The per-host cap stays at its safe default
# of 2 concurrent connections per host, as do timeouts and retries.
set -eu
[ "$(id -u)" = 0 ] || { echo "scan-vs-nmap: run as root (network namespaces)" >&2; exit 2; }
N=${1:-1000}
here=$(cd "$(dirname "$0")/.." && pwd)
lab=$(cd "$here/../shared/lab" && pwd)
npm_dir=${CAMWARDEN_LAB_NPM:-$HOME/.cache/camwarden-lab}
. "$here/scripts/java-home.sh"
for c in nmap lighttpd socat ffprobe curl /usr/bin/time /usr/bin/python3; do
    command -v "$c" >/dev/null 2>&1 || { echo "scan-vs-nmap: $c missing: run sh $lab/install.sh (and apt-get install time)" >&2; exit 2; }
done
# the default camera port set (io.camwarden.scan.DefaultPorts over default_ports.csv), given to both tools
PORTS=23,80,88,443,554,1935,2020,8000,8554,9000,9527,34567,37777
work=$(mktemp -d /tmp/scan-vs-nmap.XXXXXX)
pids=""
lighttpd_pids=""
made_lab=0

cleanup() {
    set +e
    for p in $pids; do
        for c in $(pgrep -P "$p"); do kill "$c" 2>/dev/null; done   # socat's telnetd children
        kill "$p" 2>/dev/null
    done
    for f in $lighttpd_pids; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done
    if [ "$made_lab" = 1 ]; then
        sleep 1
        for p in $(ip netns pids camlab 2>/dev/null) $(ip netns pids camscan 2>/dev/null); do kill "$p" 2>/dev/null; done
        sh "$lab/netns-down.sh"
    fi
    [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM

# -- lab network ----------------------------------------------------------------------------------------------
if ip netns list | grep -qw camlab && ip netns list | grep -qw camscan; then
    have=$(ip -n camlab -4 addr show dev cl0 | grep -c '10\.99\.[1-9]')
    [ "$have" -ge "$N" ] || { echo "scan-vs-nmap: camlab is up with $have addresses, fewer than $N: run netns-down.sh first" >&2; exit 2; }
    echo "lab network already up ($have device addresses): using it, leaving it up"
else
    ip netns del camlab 2>/dev/null || true; ip netns del camscan 2>/dev/null || true
    sh "$lab/netns-up.sh" "$N" >/dev/null
    made_lab=1
fi
targets=$(/usr/bin/python3 -c "
n=$N; out=[]; i=0
while i < n:
    b=1+i//250; k=min(250, n-i); out.append('10.99.%d.1-%d' % (b, k)); i+=k
print(' '.join(out))")

# -- devices, each bound to 0.0.0.0 inside camlab, so every address has them -----------------------------------
inlab() { ip netns exec camlab "$@"; }
ip netns exec camlab /usr/bin/python3 "$lab/rtsp/rtsp_server.py" --address 0.0.0.0 --port 554 --mount /stream1 --auth digest \
    --user admin --password 12345 >"$work/rtsp554.log" 2>&1 &
pids="$pids $!"
ip netns exec camlab /usr/bin/python3 "$lab/rtsp/rtsp_server.py" --address 0.0.0.0 --port 8554 --mount /live --auth basic \
    --user admin --password 12345 >"$work/rtsp8554.log" 2>&1 &
pids="$pids $!"
lighttpd_pids="$lighttpd_pids $(inlab sh "$lab/http/camera-web.sh" 80 digest 'App-webs/' 'IP Camera' 'Network Camera' admin 12345)"
lighttpd_pids="$lighttpd_pids $(inlab sh "$lab/http/camera-web.sh" 443 tls 'Boa/0.94.14rc21' 'IP Camera' 'IPCAM' admin 12345)"
# the lab's telnet login (telnet/telnet.sh) with a listen backlog of 1024 instead of socat's 5: one process stands
# in for 1,000 cameras here, each of which would have a queue of its own
ip netns exec camlab socat TCP-LISTEN:23,bind=0.0.0.0,reuseaddr,fork,backlog=1024 \
    EXEC:"/usr/sbin/telnetd -h -E $lab/telnet/fakelogin.sh",nofork >"$work/telnet.log" 2>&1 &
pids="$pids $!"
(cd "$npm_dir/onvif-mock" && HOSTNAME=10.99.0.2 PORT=8000 exec ip netns exec camlab node start-mock.js) >"$work/onvif.log" 2>&1 &
pids="$pids $!"
expected="23 80 443 554 8000 8554"
for i in $(seq 1 120); do
    listening=$(inlab ss -ltnH | awk '{print $4}' | sed 's/.*://' | sort -un | tr '\n' ' ')
    missing=""
    for p in $expected; do echo " $listening " | grep -q " $p " || missing="$missing $p"; done
    [ -z "$missing" ] && break
    [ "$i" = 120 ] && { echo "scan-vs-nmap: devices not listening on:$missing (logs in $work)" >&2; KEEP=1; exit 1; }
    sleep 0.5
done
# warm: GStreamer builds its pipeline and node compiles its handlers on the first request; neither tool should
# pay for that
ip netns exec camscan ffprobe -v error -rtsp_transport tcp rtsp://admin:12345@10.99.1.1:554/stream1 >/dev/null 2>&1 || true
ip netns exec camscan ffprobe -v error -rtsp_transport tcp rtsp://admin:12345@10.99.1.1:8554/live >/dev/null 2>&1 || true
ip netns exec camscan curl -s -o /dev/null -m 10 -H 'Content-Type: application/soap+xml' --data \
    '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><GetSystemDateAndTime xmlns="http://www.onvif.org/ver10/device/wsdl"/></s:Body></s:Envelope>' \
    http://10.99.1.1:8000/onvif/device_service || true
# ground truth: listeners on a wildcard address answer on every target; one on a single address only there
inlab ss -ltnH | awk '{print $4}' >"$work/listeners.txt"

# -- the two scans, one after the other, same targets and ports ------------------------------------------------
# the launcher rebuilds the jar when sources changed: let it do so now, not inside the timed run
"$here/camwarden" --version >/dev/null
export CAMWARDEN_JAVA_OPTS="${CAMWARDEN_JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=96m}"
cw_args=${CAMWARDEN_SCAN_ARGS:---rate 0}
load_before=$(uptime)
start=$(date +%s.%N)
# shellcheck disable=SC2086
ip netns exec camscan /usr/bin/time -v -o "$work/camwarden.time" "$here/camwarden" scan $targets --ports "$PORTS" \
    $cw_args --out "$work/camwarden.jsonl" >"$work/camwarden.log" 2>&1 || { echo "camwarden scan failed:"; tail -20 "$work/camwarden.log"; KEEP=1; exit 1; }
cw_wall=$(echo "$(date +%s.%N) - $start" | bc)
load_mid=$(uptime)
start=$(date +%s.%N)
# timeout signals its whole process group, so nmap gets the SIGINT (GNU time ignores it); the hosts nmap has
# finished are in its XML already
nm_status=0
# shellcheck disable=SC2086
timeout -s INT "${NMAP_TIMEOUT:-86400}" ip netns exec camscan /usr/bin/time -v -o "$work/nmap.time" \
    nmap -n -Pn -sT -sV -p "$PORTS" ${NMAP_ARGS:-} -oX "$work/nmap.xml" $targets >"$work/nmap.log" 2>&1 || nm_status=$?
nm_wall=$(echo "$(date +%s.%N) - $start" | bc)
if [ "$nm_status" = 124 ]; then
    echo "nmap stopped after NMAP_TIMEOUT=${NMAP_TIMEOUT} s: scored on the hosts it finished"
elif [ "$nm_status" != 0 ]; then
    echo "nmap failed ($nm_status):"; tail -20 "$work/nmap.log"; KEEP=1; exit 1
fi
load_after=$(uptime)

# -- score -----------------------------------------------------------------------------------------------------
/usr/bin/python3 - "$work" "$PORTS" "$targets" "$cw_wall" "$nm_wall" "$nm_status" <<'EOF'
import ipaddress, json, re, sys, xml.etree.ElementTree as ET
work, ports, targets, cw_wall, nm_wall = sys.argv[1], [int(p) for p in sys.argv[2].split(',')], sys.argv[3].split(), float(sys.argv[4]), float(sys.argv[5])
hosts = []
for t in targets:
    base, last = t.rsplit('-', 1); first = ipaddress.ip_address(base)
    hosts += [str(first + i) for i in range(int(last) - int(str(first).split('.')[-1]) + 1)]
truth = set()
for l in open(f'{work}/listeners.txt'):
    addr, port = l.strip().rsplit(':', 1); addr = addr.strip('[]').split('%')[0]; port = int(port)
    if port not in ports:
        continue
    for h in hosts:
        if addr in ('0.0.0.0', '*', '::') or addr == h:
            truth.add((h, port))
cw, cw_named = set(), set()
for line in open(f'{work}/camwarden.jsonl'):
    line = line.strip()
    if not line:
        continue
    r = json.loads(line)
    for s in r.get('services', []):
        if s['port'] in ports:
            cw.add((r['ip'], s['port']))
            if s.get('protocol') not in (None, 'other'):
                cw_named.add((r['ip'], s['port']))
nm, nm_named = set(), set()
# host by host: the XML of an nmap that was stopped has no closing tags
xml = open(f'{work}/nmap.xml', errors='replace').read()
nm_hosts = [ET.fromstring(b) for b in re.findall(r'<host[ >].*?</host>', xml, re.S)]
finished = {h.find('address').get('addr') for h in nm_hosts}
for h in nm_hosts:
    ip = h.find('address').get('addr')
    for p in h.iter('port'):
        if p.get('protocol') == 'tcp' and p.find('state').get('state') == 'open':
            nm.add((ip, int(p.get('portid'))))
            svc = p.find('service')
            if svc is not None and svc.get('name') not in (None, 'unknown', 'tcpwrapped'):
                nm_named.add((ip, int(p.get('portid'))))
stopped = sys.argv[6] == '124'
def rss(tool):
    m = re.search(r'Maximum resident set size \(kbytes\): (\d+)', open(f'{work}/{tool}.time').read())
    return int(m.group(1)) / 1024 if m else float('nan')
def row(name, found, named, wall, mb, truth, hosts_done):
    tp = len(found & truth)
    print(f'| {name:9} | {hosts_done:5} | {wall:8.1f} s | {mb:5.0f} MB | {tp:5}/{len(truth)} = {tp / max(1, len(truth)):6.1%} | {len(found - truth):5} | {len(named & truth):5} |')
print(f'targets: {len(hosts)} addresses ({" ".join(targets)}), ports {sys.argv[2]}; ground truth: {len(truth)} open ports')
print('| tool      | hosts | wall time  | peak RSS | open-port recall         | false | identified |')
print('|-----------|-------|------------|----------|--------------------------|-------|------------|')
row('camwarden', cw, cw_named, cw_wall, rss('camwarden'), truth, len(hosts))
if stopped:
    # recall on the hosts nmap finished; the wall time is only a lower bound of what it would have taken
    row('nmap', nm, nm_named, nm_wall, rss('nmap'), {t for t in truth if t[0] in finished}, len(finished))
    print(f'nmap finished {len(finished)} of {len(hosts)} hosts before it was stopped')
    print(f'speed-up (nmap wall / camwarden wall): more than {nm_wall / cw_wall:.1f}x (nmap did not finish)')
else:
    row('nmap', nm, nm_named, nm_wall, rss('nmap'), truth, len(finished))
    print(f'speed-up (nmap wall / camwarden wall): {nm_wall / cw_wall:.1f}x')
missed = sorted(truth - cw)
if missed:
    print('camwarden missed (first 10):', missed[:10])
missed = sorted(t for t in truth - nm if t[0] in finished)
if missed:
    print('nmap missed (first 10):', missed[:10])
EOF
echo "load: before camwarden: $load_before"
echo "      before nmap:      $load_mid"
echo "      after nmap:       $load_after"
echo "camwarden: CAMWARDEN_JAVA_OPTS=\"$CAMWARDEN_JAVA_OPTS\" camwarden scan $targets --ports $PORTS $cw_args --out FILE"
echo "nmap:      nmap -n -Pn -sT -sV -p $PORTS ${NMAP_ARGS:+$NMAP_ARGS }-oX FILE $targets${NMAP_TIMEOUT:+ (stopped after $NMAP_TIMEOUT s)}"
echo "work directory: $work$([ "${KEEP:-0}" = 1 ] && echo ' (kept)' || echo ' (removed)')"
