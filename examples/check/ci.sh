#!/usr/bin/env sh
# What a CI step runs: fail on any error, write SARIF for code-scanning annotations too.
# Run (after `npm run build`): sh examples/check/ci.sh   (exits 1: articles/budget.md has errors)
cd "$(dirname "$0")" || exit 2
newsmark="node ../../dist/cli/index.js"
$newsmark check articles --format sarif > newsmark.sarif
$newsmark check articles
