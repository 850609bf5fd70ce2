#!/usr/bin/env python3
"""Runs the Windows test suite of a cross build under Wine, one Wine process per Catch2 runner.

Usage: wine-suite.py BUILD_DIR EXCLUSIONS_FILE [REPORT_DIR]

Starting a Windows process under Wine costs 2-6 s, so running each test case on its own (as ctest does) takes
20 minutes for the ~540 cases. Here every Catch2 runner runs once with all its cases: the names ctest discovered
(minus those matching a line of EXCLUSIONS_FILE) go to the runner in a file (Catch2's --input-file), in the
environment and working folder ctest would give it, and its XML report, written as it goes, says which passed.
A runner that crashes or stalls is ended and started again on the cases it had not reached, the stalled case
counted as failed. A case that fails runs once more in a new process; if it passes then, it counts as passed
and the summary names it. Tests that are not Catch2 cases (the live checks, the MCP conformance scripts) run through
ctest itself. Prints "N of M passed" with the failing names and exits non-zero on any failure.
"""

import concurrent.futures
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time

PARALLEL = 2
# A case that reports nothing for this long has hung (ctest's own limit per case is 120 s).
STALL_SECONDS = 180
# After the last case, the runner has this long to exit; not exiting is a failure of its own.
EXIT_SECONDS = 30


def load_exclusions(path):
    patterns = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split(" # ", 1)[0].strip()
            if line and not line.startswith("#"):
                patterns.append(re.compile(line))
    return patterns


def ctest_tests(build):
    listing = subprocess.run(["ctest", "--test-dir", build, "--show-only=json-v1"], check=True,
                             capture_output=True, text=True).stdout
    return json.loads(listing)["tests"]


def properties(test):
    return {p["name"]: p["value"] for p in test.get("properties", [])}


class Runner:
    """One Catch2 program and the cases ctest discovered in it."""

    def __init__(self, name, command, environment, workdir):
        # exit_problem: "did not exit" (within EXIT_SECONDS of its last case) or "could not list its cases"
        self.name = name
        self.command = command  # wine-run.sh PREFIX SDK PROGRAM
        self.environment = environment
        self.workdir = workdir
        self.cases = []
        self.results = {}  # case name -> None (passed) or the reason it failed
        self.exit_problem = None
        self.retried = []  # cases that failed, then passed when run again

    def report_path(self, report_dir, attempt):
        return os.path.join(report_dir, f"{self.name}.{attempt}.xml")


def group_runners(tests):
    """Catch2 cases are registered as "RUNNER:case" (catch_discover_tests drops the space of TEST_PREFIX "RUNNER: ")
    with the command `wine-run.sh PREFIX SDK RUNNER.exe case`."""
    runners, others = {}, []
    for test in tests:
        command = test.get("command") or []
        name = test["name"]
        runner_name, _, case = name.partition(":")
        if (len(command) == 5 and command[0].endswith("wine-run.sh")
                and os.path.basename(command[3]) == runner_name + ".exe" and case):
            props = properties(test)
            if runner_name not in runners:
                environment = dict(v.split("=", 1) for v in props.get("ENVIRONMENT", []))
                runners[runner_name] = Runner(runner_name, command[:4], environment,
                                              props.get("WORKING_DIRECTORY"))
            runners[runner_name].cases.append(case.lstrip(" "))
        else:
            others.append(test)
    return runners, others


def add_undiscovered(build, runners):
    """Runners whose build-time discovery found no cases: the widget runners, which need the X display that only
    the test run has. Their cases are listed now, under that display, in the environment the others get."""
    if not runners:
        return
    model = next(iter(runners.values()))
    for listing in glob.glob(os.path.join(build, "tests", "**", "*_tests-*.cmake"), recursive=True):
        name = os.path.basename(listing).rsplit("_tests-", 1)[0]
        program = os.path.join(os.path.dirname(listing), name + ".exe")
        if name in runners or not os.path.exists(program):
            continue
        runner = Runner(name, model.command[:3] + [program], model.environment, os.path.dirname(listing))
        try:
            names = subprocess.run(runner.command + ["--list-test-names-only"], cwd=runner.workdir,
                                   env=dict(os.environ, **runner.environment), capture_output=True, text=True,
                                   timeout=STALL_SECONDS)
            runner.cases = [line for line in names.stdout.splitlines() if line.strip()]
        except subprocess.TimeoutExpired:
            end_program(runner)
        if not runner.cases:
            runner.exit_problem = "could not list its cases"
        runners[name] = runner


def read_report(path):
    """The cases a (possibly cut-off) Catch2 XML report finished, and the one it started last."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except FileNotFoundError:
        return {}, None, False
    finished, started = {}, None
    for match in re.finditer(r'<TestCase name="([^"]*)"|<OverallResult success="(true|false)"', text):
        if match.group(1) is not None:
            started = html.unescape(match.group(1))
        elif started is not None:
            finished[started] = match.group(2) == "true"
            started = None
    return finished, started, "</Catch>" in text


def names_file(path, cases):
    # One name a line, as Catch2's --input-file reads them: quoted, with backslashes, quotes and commas (which
    # would split the name in two) escaped.
    with open(path, "w", encoding="utf-8") as f:
        for case in cases:
            f.write('"' + re.sub(r'([\\",])', r"\\\1", case) + '"\n')


def end_program(runner):
    # The Windows process lives on in the wineserver when its wine-run.sh is ended; taskkill ends it there.
    prefix_env = dict(os.environ, WINEPREFIX=runner.command[1])
    wine = shutil.which("wine64") or "/usr/lib/wine/wine64"
    subprocess.run([wine, "taskkill", "/f", "/im", runner.name + ".exe"], env=prefix_env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_once(runner, cases, report, log):
    listing = report[:-4] + ".names"
    names_file(listing, cases)
    # A report left from an earlier run would read as this run's, finished before it began.
    if os.path.exists(report):
        os.remove(report)
    to_windows = lambda p: "Z:" + p.replace("/", "\\")
    command = runner.command + ["--input-file", to_windows(listing), "--reporter", "xml",
                                "--out", to_windows(report), "--durations", "yes"]
    process = subprocess.Popen(command, cwd=runner.workdir, env=dict(os.environ, **runner.environment),
                               stdout=log, stderr=subprocess.STDOUT)
    last_size, last_change, ended_at = -1, time.monotonic(), None
    while process.poll() is None:
        time.sleep(1)
        size = os.path.getsize(report) if os.path.exists(report) else 0
        now = time.monotonic()
        if size != last_size:
            last_size, last_change = size, now
        _, _, complete = read_report(report)
        if complete and ended_at is None:
            ended_at = now
        if (ended_at is not None and now - ended_at > EXIT_SECONDS) or now - last_change > STALL_SECONDS:
            end_program(runner)
            process.kill()
            process.wait()
            return "stalled" if ended_at is None else "did not exit"
    return None


def run_runner(runner, exclusions, report_dir):
    todo = [c for c in runner.cases if not any(p.search(f"{runner.name}:{c}") for p in exclusions)]
    runner.excluded = len(runner.cases) - len(todo)
    started_at = time.monotonic()
    attempt = 0
    with open(os.path.join(report_dir, runner.name + ".log"), "w") as log:
        while todo:
            attempt += 1
            report = runner.report_path(report_dir, attempt)
            problem = run_once(runner, todo, report, log)
            finished, cut_off, complete = read_report(report)
            for case, passed in finished.items():
                runner.results[case] = None if passed else "failed"
            if problem == "did not exit" or (complete and problem is None):
                runner.exit_problem = problem
                runner.results.update({c: "not run" for c in todo if c not in finished})
                break
            # Crashed or stalled in the middle: that case fails, the runner starts again after it.
            if cut_off is not None:
                runner.results[cut_off] = problem or "crashed"
            elif not finished:
                runner.results.update({c: problem or "crashed before its first case" for c in todo})
                break
            todo = [c for c in todo if c not in runner.results]
        # A failed case runs once more in a new process, as `ctest --repeat until-pass:2` would: under Wine on
        # a loaded machine a timed wait can run out. A case that passes then counts as passed and is named in
        # the summary, so a flaky test stays visible.
        again = [c for c, why in runner.results.items() if why == "failed"]
        if again and not runner.exit_problem:
            attempt += 1
            report = runner.report_path(report_dir, attempt)
            run_once(runner, again, report, log)
            finished, _, _ = read_report(report)
            for case in again:
                if finished.get(case):
                    runner.results[case] = None
                    runner.retried.append(case)
    runner.seconds = time.monotonic() - started_at
    return runner


def run_others(build, tests, exclusions):
    names = [t["name"] for t in tests if not any(p.search(t["name"]) for p in exclusions)]
    if not names:
        return {}
    pattern = "^(" + "|".join(re.escape(n) for n in names) + ")$"
    subprocess.run(["ctest", "--test-dir", build, "--timeout", "180", "--output-on-failure", "-R", pattern,
                    "--output-junit", "wine-others.xml"])
    results = {}
    with open(os.path.join(build, "wine-others.xml"), encoding="utf-8") as f:
        for match in re.finditer(r'<testcase name="([^"]*)"[^>]*status="(\w+)"', f.read()):
            # A live check without its key exits 77, which ctest reports as not run: skipped, not failed.
            if match.group(2) != "notrun":
                results[html.unescape(match.group(1))] = None if match.group(2) == "run" else match.group(2)
    return results


def main():
    build, exclusions_file = os.path.abspath(sys.argv[1]), sys.argv[2]
    report_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(build, "wine-reports")
    os.makedirs(report_dir, exist_ok=True)
    exclusions = load_exclusions(exclusions_file)
    runners, others = group_runners(ctest_tests(build))
    add_undiscovered(build, runners)
    unbuilt = [t["name"] for t in others if "_NOT_BUILT" in t["name"]]
    others = [t for t in others if "_NOT_BUILT" not in t["name"]]

    started_at = time.monotonic()
    # The largest runners first, so the two Wine processes finish close together.
    ordered = sorted(runners.values(), key=lambda r: -len(r.cases))
    with concurrent.futures.ThreadPoolExecutor(PARALLEL) as pool:
        for runner in pool.map(lambda r: run_runner(r, exclusions, report_dir), ordered):
            failed = sum(1 for v in runner.results.values() if v)
            note = f", {runner.exit_problem}" if runner.exit_problem else ""
            print(f"wine-suite: {runner.name}: {len(runner.results) - failed} of {len(runner.results)} passed "
                  f"({runner.excluded} left out) in {runner.seconds:.0f} s{note}", flush=True)
    other_results = run_others(build, others, exclusions)

    results = {f"{r.name}:{c}": v for r in runners.values() for c, v in r.results.items()}
    results.update(other_results)
    failing = sorted((name, why) for name, why in results.items() if why)
    passed = len(results) - len(failing)
    left_out = sum(r.excluded for r in runners.values()) + len(others) - len(other_results)
    print(f"wine-suite: {passed} of {len(results)} passed under Wine ({left_out} left out by "
          f"{os.path.basename(exclusions_file)}) in {time.monotonic() - started_at:.0f} s")
    for runner in runners.values():
        for case in runner.retried:
            print(f"wine-suite: passed on its second run: {runner.name}:{case}")
    for name, why in failing:
        print(f"wine-suite: FAILED ({why}): {name}")
    not_exiting = [r.name for r in runners.values() if r.exit_problem]
    for name in not_exiting:
        print(f"wine-suite: FAILED: {name}: {runners[name].exit_problem}")
    for name in unbuilt:
        print(f"wine-suite: FAILED: {name} (the runner was not built)")
    return 1 if failing or not_exiting or unbuilt else 0


if __name__ == "__main__":
    sys.exit(main())
