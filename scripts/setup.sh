#!/usr/bin/env bash
# Install what `make test` and `make report` need, and nothing twice:
#   1. node packages (npm ci, when node_modules is missing or older than package-lock.json)
#   2. Debian packages: Jupyter (nbconvert, nbclient, ipykernel) when `jupyter` is not on PATH, the Noto CJK font
#      (Chinese labels in PNG charts) and Chromium (browser test of the HTML report), when missing
#   3. the Jupyter kernels the notebooks run on, registered inside this checkout (.jupyter/): tslab and Deno's
#      (`deno jupyter`), each pointing at this checkout's own binary (node_modules/.bin/tslab, node_modules/deno)
# Without root or apt-get, it says what to install by hand and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null || fail "Node.js 20.19 or newer is needed (https://nodejs.org or Debian's nodejs package)."

# 1. Node packages
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
else
  say "node packages are up to date"
fi

# Notebooks (and users' scripts beside the checkout) import the package by its name, as an installed package:
# link node_modules/cluster-targets to this checkout, as `npm link` would.
if [ "$(readlink node_modules/cluster-targets 2>/dev/null)" != ".." ]; then
  say "linking node_modules/cluster-targets to this checkout"
  rm -rf node_modules/cluster-targets
  ln -s .. node_modules/cluster-targets
fi

# 2. Debian packages
missing=()
if ! command -v jupyter >/dev/null || ! jupyter nbconvert --version >/dev/null 2>&1; then
  missing+=(jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel)
fi
# the font file renderPng loads by path, or Noto Sans CJK anywhere fontconfig knows (resvg loads system fonts too)
if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] \
  && ! fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then missing+=(fonts-noto-cjk); fi
if [ "${SKIP_BROWSER:-}" != 1 ] && ! command -v chromium >/dev/null; then missing+=(chromium); fi
if [ "${NOTEBOOK_SERVER:-}" = 1 ] && ! jupyter notebook --version >/dev/null 2>&1; then missing+=(jupyter-notebook); fi
if [ "${BENCH:-}" = 1 ] && ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then missing+=(python3-pandas); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    fail "missing: ${missing[*]}.
Install them by hand, then run make again:
  Debian/Ubuntu:  sudo apt-get install ${missing[*]}
  elsewhere:      pip install jupyter nbconvert nbclient ipykernel   (for Jupyter)
                  a CJK font such as Noto Sans CJK SC, and Chromium (only for the browser test)."
  fi
else
  say "Jupyter, CJK font and Chromium are installed"
fi

# 3. tslab kernel, local to this checkout
python_bin=$(head -1 "$(command -v jupyter)" | sed -n 's|^#! *\([^ ]*python[0-9.]*\).*|\1|p')
[ -n "$python_bin" ] || python_bin=$(command -v python3)
kernel_dir=.jupyter/share/jupyter/kernels/tslab
want_bin="$PWD/node_modules/.bin/tslab"
if [ ! -f "$kernel_dir/kernel.json" ] || ! grep -q "$want_bin" "$kernel_dir/kernel.json"; then
  say "registering the tslab kernel (python: $python_bin)"
  node_modules/.bin/tslab install --python="$python_bin" --binary="$want_bin" --prefix="$PWD/.jupyter" >/dev/null
else
  say "tslab kernel is registered"
fi

# 4. Deno's Jupyter kernel, local to this checkout. `deno jupyter --install` writes the kernelspec into the user's
# Jupyter data folder (~/.local/share/jupyter); it is run with HOME set to a scratch folder and the kernelspec moved
# into .jupyter/, so nothing outside the checkout changes. The npm package `deno` unpacks its binary on first use.
deno_dir=.jupyter/share/jupyter/kernels/deno
deno_bin="$PWD/node_modules/deno/deno"
node_modules/.bin/deno --version >/dev/null || fail "node_modules/.bin/deno does not run (npm package deno, see package.json)"
[ -x "$deno_bin" ] || fail "the deno binary is not at $deno_bin after its first run"
if [ ! -f "$deno_dir/kernel.json" ] || ! grep -q "\"$deno_bin\"" "$deno_dir/kernel.json"; then
  say "registering the Deno kernel ($("$deno_bin" --version | head -1))"
  scratch=$(mktemp -d)
  HOME="$scratch" DENO_NO_UPDATE_CHECK=1 "$deno_bin" jupyter --install --force >/dev/null 2>&1 \
    || { rm -rf "$scratch"; fail "deno jupyter --install failed"; }
  rm -rf "$deno_dir"
  mkdir -p "$(dirname "$deno_dir")"
  mv "$scratch/.local/share/jupyter/kernels/deno" "$deno_dir"
  rm -rf "$scratch"
  # deno records the path it resolves itself to, which after npm ci can be node_modules/.bin/deno (a hard link to
  # the same binary): point the kernelspec at the binary itself
  node -e '
    const fs = require("node:fs");
    const [file, bin] = process.argv.slice(1);
    const spec = JSON.parse(fs.readFileSync(file, "utf8"));
    spec.argv[0] = bin;
    fs.writeFileSync(file, JSON.stringify(spec, null, 2) + "\n");
  ' "$deno_dir/kernel.json" "$deno_bin"
  grep -q "\"$deno_bin\"" "$deno_dir/kernel.json" || fail "the Deno kernelspec does not point at $deno_bin"
else
  say "Deno kernel is registered"
fi
