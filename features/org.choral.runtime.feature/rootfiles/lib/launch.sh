# SPDX-License-Identifier: EPL-2.0
# Sourced by `choral` and `choral-workbench`: finds a Java 17+ runtime, the Equinox launcher and
# Choral's data folder, then starts the product. Environment:
#   CHORAL_JAVA     the java executable to use (else JAVA_HOME, else java on the PATH)
#   CHORAL_DATA     Choral's data folder (else the platform's per-user folder)
#   CHORAL_VMARGS   extra JVM options (default -Xmx1g)

choral_fail_java() {
    {
        echo "Choral a besoin de Java 17 ou plus récent${1:+ (trouvé : $1)}."
        echo "Choral needs Java 17 or newer${1:+ (found: $1)}."
        echo "  Debian/Ubuntu : sudo apt-get install openjdk-17-jre"
        echo "  macOS         : brew install openjdk@17"
        echo "  Windows       : winget install EclipseAdoptium.Temurin.17.JRE"
        echo "Ou indiquez-le / or point to it: CHORAL_JAVA=/chemin/vers/java"
    } >&2
    exit 2
}

choral_find_java() {
    old=""
    for candidate in "$CHORAL_JAVA" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$CHORAL_HOME/jre/bin/java" "$(command -v java 2>/dev/null)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        version=$("$candidate" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
        major=${version%%.*}
        case "$major" in ''|*[!0-9]*) major=0 ;; esac
        if [ "$major" -ge 17 ]; then
            JAVA=$candidate
            return 0
        fi
        old="$candidate $version"
    done
    choral_fail_java "$old"
}

choral_data_folder() {
    if [ -n "$CHORAL_DATA" ]; then
        echo "$CHORAL_DATA"
    elif [ "$(uname -s)" = Darwin ]; then
        echo "$HOME/Library/Application Support/Choral"
    else
        echo "${XDG_DATA_HOME:-$HOME/.local/share}/choral"
    fi
}

choral_launcher_jar() {
    for jar in "$CHORAL_HOME"/plugins/org.eclipse.equinox.launcher_*.jar; do
        [ -f "$jar" ] && LAUNCHER=$jar
    done
    if [ -z "$LAUNCHER" ]; then
        echo "Installation incomplète : le lanceur Equinox manque dans $CHORAL_HOME/plugins." >&2
        echo "Incomplete installation: the Equinox launcher is missing from $CHORAL_HOME/plugins." >&2
        exit 2
    fi
}

choral_find_java
choral_launcher_jar
CHORAL_DATA_FOLDER=$(choral_data_folder)
