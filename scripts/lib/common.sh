# shellcheck shell=bash
# Helpers sourced by scripts/run, scripts/test, bench/run and friends:
#   VITAE_ROOT               absolute path of the repository
#   vitae_log STEP...        prints "==> STEP"
#   vitae_die MESSAGE...     prints "error: MESSAGE" to stderr and exits 1
#   vitae_jobs               number of parallel jobs (nproc)
#   vitae_ensure_packages    installs what scripts/lib/packages.txt lists and is missing
#   vitae_phase NAME CMD...  runs CMD, remembering how long it took under NAME
#   vitae_print_timings      one "==> time NAME: N s" line per phase run so far

if [[ -n ${VITAE_COMMON_SOURCED:-} ]]; then
    return 0
fi
VITAE_COMMON_SOURCED=1

VITAE_ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)
VITAE_PACKAGES_FILE="$VITAE_ROOT/scripts/lib/packages.txt"
# Debian's python3-* packages serve this interpreter; the python3 first on PATH may not be it.
VITAE_PYTHON=/usr/bin/python3

vitae_log() {
    printf '==> %s\n' "$*"
}

vitae_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

vitae_jobs() {
    nproc 2>/dev/null || echo 2
}

# The package names of packages.txt, comments and blank lines dropped.
vitae_package_list() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$VITAE_PACKAGES_FILE" | grep -v '^$'
}

# Packages of the list that are not installed. node and npm may come from elsewhere than
# Debian (a nodesource or nvm install); a working command counts as installed, since
# Debian's package would clash with it.
vitae_missing_packages() {
    local pkg status
    while IFS= read -r pkg; do
        case $pkg in
        nodejs) command -v node >/dev/null 2>&1 && continue ;;
        npm) command -v npm >/dev/null 2>&1 && continue ;;
        esac
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        if [[ $status != installed ]]; then
            printf '%s\n' "$pkg"
        fi
    done < <(vitae_package_list)
}

vitae_ensure_packages() {
    [[ -r $VITAE_PACKAGES_FILE ]] || vitae_die "missing $VITAE_PACKAGES_FILE"
    command -v dpkg-query >/dev/null 2>&1 ||
        vitae_die "dpkg-query not found: these scripts install packages on Debian 12 only"
    local missing
    mapfile -t missing < <(vitae_missing_packages)
    if ((${#missing[@]} == 0)); then
        vitae_log "packages: all $(vitae_package_list | wc -l) present"
        return 0
    fi
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null 2>&1 ||
            vitae_die "not root and no sudo; install as root: ${missing[*]}"
        sudo=(sudo)
    fi
    vitae_log "packages: installing ${missing[*]}"
    "${sudo[@]}" apt-get -q -o Dpkg::Use-Pty=0 update ||
        vitae_die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -o Dpkg::Use-Pty=0 install -y --no-install-recommends "${missing[@]}" ||
        vitae_die "apt-get install failed: ${missing[*]}"
    mapfile -t missing < <(vitae_missing_packages)
    ((${#missing[@]} == 0)) || vitae_die "still missing after install: ${missing[*]}"
}

VITAE_PHASE_NAMES=()
VITAE_PHASE_SECONDS=()

vitae_phase() {
    local name=$1
    shift
    vitae_log "$name"
    local start end status=0
    start=$(date +%s.%N)
    "$@" || status=$?
    end=$(date +%s.%N)
    VITAE_PHASE_NAMES+=("$name")
    VITAE_PHASE_SECONDS+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')")
    return "$status"
}

vitae_print_timings() {
    local i
    for i in "${!VITAE_PHASE_NAMES[@]}"; do
        printf '==> time %-22s %8s s\n' "${VITAE_PHASE_NAMES[$i]}:" "${VITAE_PHASE_SECONDS[$i]}"
    done
}
