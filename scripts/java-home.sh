# Sourced by ./camwarden and ./test: exports JAVA_HOME pointing at a JDK of version 21 or newer.
# Order: $JAVA_HOME if new enough, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
pick_java_home() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    best=""; best_v=0
    for d in /usr/lib/jvm/*; do
        [ -x "$d/bin/javac" ] || continue
        v=$(java_major "$d"); [ -n "$v" ] || continue
        if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(java_major "$d"); [ -n "$v" ] && [ "$v" -ge 21 ] && best="$d"
    fi
    if [ -z "$best" ]; then
        echo "camwarden: no JDK 21 or newer found. Install one (e.g. Temurin 21/25) or set JAVA_HOME to it." >&2
        exit 2
    fi
    JAVA_HOME="$best"
}
pick_java_home
export JAVA_HOME
