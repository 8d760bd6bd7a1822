"""Throughput of the full pipeline against spaCy alone, on the same texts in the same run.

Prints one table: documents/s and words/s for spaCy alone (``nlp.pipe`` with the same model) and
for the full pipeline through ``frontlines batch`` (local engine with 1 and 2 workers, Spark
``local[2]``), on conflict news (FA-KES) and on a mixed corpus that is mostly not about a conflict
event (MUC-4 irrelevant messages, CEHA non-relevant rows), with the peak RSS of each worker.

Each configuration runs in a fresh process. Start-up (model load, pool or Spark start) is timed
apart and taken out of the rates; ``wall s`` keeps it. "other load" is the average number of cores
other processes used meanwhile: the machine is shared, and differences under ~15% are noise.

    .venv/bin/python benchmarks/bench_pipeline.py                  # ~10 minutes
    .venv/bin/python benchmarks/bench_pipeline.py --docs 60 --no-spark
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora

SPACY_1, SPACY_2 = "spaCy alone, 1 process", "spaCy alone, 2 processes"
LOCAL_1, LOCAL_2 = "pipeline, local 1 worker", "pipeline, local 2 workers"
LOCAL_1_NO_PREFILTER = "pipeline, local 1 worker, no prefilter"
SPARK_2 = "pipeline, Spark local[2]"
CONFIGS = (SPACY_1, SPACY_2, LOCAL_1_NO_PREFILTER, LOCAL_1, LOCAL_2, SPARK_2)
#: Which configuration each one is compared with, and what the ratio is called.
BASELINES = {
    LOCAL_1_NO_PREFILTER: (SPACY_1, "vs spaCy 1 proc"),
    LOCAL_1: (SPACY_1, "vs spaCy 1 proc"),
    LOCAL_2: (LOCAL_1, "vs local 1 worker"),
    SPACY_2: (SPACY_1, "vs spaCy 1 proc"),
    SPARK_2: (LOCAL_2, "vs local 2 workers"),
}
SAMPLE_SECONDS = 0.1
MB = 1024 * 1024


# --------------------------------------------------------------------------- child side


class Monitor:
    """Samples the RSS of this process's descendants and the machine's busy CPU time."""

    def __init__(self) -> None:
        self.peaks: dict[int, tuple[str, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(SAMPLE_SECONDS):
            for child in me.children(recursive=True):
                try:
                    rss, label = child.memory_info().rss, " ".join(child.cmdline()[:4])
                except psutil.Error:
                    continue
                if rss > self.peaks.get(child.pid, ("", 0))[1]:
                    self.peaks[child.pid] = (label, rss)

    def __enter__(self) -> Monitor:
        self.busy0, self.own0, self.t0 = _busy(), _own_cpu(), time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.wall = time.perf_counter() - self.t0
        own = _own_cpu() - self.own0
        self.other_load = max(0.0, (_busy() - self.busy0) - own) / self.wall

    def worker_peaks(self, is_worker: Callable[[str], bool], count: int) -> list[int]:
        """The ``count`` largest peaks among matching descendants (helpers such as forkserver are small)."""
        return sorted((rss for label, rss in self.peaks.values() if is_worker(label)), reverse=True)[:count]


def _busy() -> float:
    c = psutil.cpu_times()
    return c.user + c.nice + c.system + c.irq + c.softirq + getattr(c, "steal", 0.0)


def _own_cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _self_peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def run_spacy(path: Path, processes: int, batch_size: int) -> dict[str, Any]:
    import spacy

    from frontlines.settings import Settings

    settings = Settings(batch_size=batch_size)
    texts = _texts(path)
    started = time.perf_counter()
    nlp = spacy.load(settings.spacy_model)
    startup = time.perf_counter() - started
    with Monitor() as monitor:
        for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes):
            pass
    workers = monitor.worker_peaks(_is_python, processes) if processes > 1 else [_self_peak()]
    return _report(monitor, startup, startup + monitor.wall, monitor.wall, workers)


def run_engine(path: Path, tiny: Path, config: str, work: Path, batch_size: int) -> dict[str, Any]:
    from frontlines.batch import run_batch
    from frontlines.ingest import ReadOptions
    from frontlines.pipeline import build_pipeline
    from frontlines.settings import Settings

    settings = Settings(prefilter=config != LOCAL_1_NO_PREFILTER, batch_size=batch_size)
    options = ReadOptions(max_chars=settings.max_chars)
    engine, workers = ("spark", 2) if config == SPARK_2 else ("local", 2 if config == LOCAL_2 else 1)

    def run(source: Path, name: str) -> None:
        run_batch(
            [str(source)],
            str(work / name),
            settings,
            options,
            engine=engine,
            workers=workers,
            master="local[2]",
            overwrite=True,
        )

    started = time.perf_counter()
    if workers == 1:
        build_pipeline(settings)
    else:
        run(tiny, "warm-up")  # pool or Spark start and the workers' pipelines, on 2 documents
    startup = time.perf_counter() - started
    with Monitor() as monitor:
        run(path, "out")
    if workers == 1:
        return _report(monitor, startup, startup + monitor.wall, monitor.wall, [_self_peak()])
    # the measured run starts its pool or Spark again: take the warm-up's time out of it
    peaks = monitor.worker_peaks(_is_python, workers)
    jvm = monitor.worker_peaks(lambda label: Path(label.split(" ")[0]).name == "java", 1)
    return _report(monitor, startup, monitor.wall, monitor.wall - startup, peaks, jvm[0] if jvm else 0)


def _is_python(label: str) -> bool:
    return Path(label.split(" ")[0]).name.startswith("python")


def _report(
    monitor: Monitor, startup: float, wall: float, net: float, peaks: list[int], jvm: int = 0
) -> dict[str, Any]:
    return {
        "startup": startup,
        "wall": wall,
        "net": max(net, 1e-9),
        "other_load": monitor.other_load,
        "worker_peaks_mb": [round(p / MB) for p in peaks],
        "jvm_mb": round(jvm / MB),
    }


def child(args: argparse.Namespace) -> None:
    path, work = Path(args.input), Path(args.work)
    if args.child in (SPACY_1, SPACY_2):
        result = run_spacy(path, 2 if args.child == SPACY_2 else 1, args.batch_size)
    else:
        result = run_engine(path, Path(args.tiny), args.child, work, args.batch_size)
    print(json.dumps(result))


# --------------------------------------------------------------------------- parent side


def write_corpus(docs: list[tuple[str, str]], path: Path) -> tuple[int, int]:
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, text in docs:
            handle.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    return len(docs), sum(len(text.split()) for _, text in docs)


def measure(config: str, corpus: Path, tiny: Path, work: Path, batch_size: int) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--child",
        config,
        "--input",
        str(corpus),
        "--tiny",
        str(tiny),
        "--work",
        str(work),
        "--batch-size",
        str(batch_size),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    best = sorted(runs, key=lambda r: r["net"])[len(runs) // 2]
    return {**best, "other_load": statistics.median(r["other_load"] for r in runs)}


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| corpus | configuration | docs | words | wall s | start-up s | docs/s | words/s | ratio "
        "| peak RSS per worker MB | other load |"
    )
    lines = [head, "|" + "---|" * 11]
    for r in rows:
        rss = "/".join(str(m) for m in r["worker_peaks_mb"]) + (f" (JVM {r['jvm_mb']})" if r["jvm_mb"] else "")
        lines.append(
            f"| {r['corpus']} | {r['config']} | {r['docs']} | {r['words']:,} | {r['wall']:.1f} "
            f"| {r['startup']:.1f} | {r['docs'] / r['net']:.1f} | {r['words'] / r['net']:,.0f} "
            f"| {r.get('ratio', '')} | {rss} | {r['other_load']:.2f} |"
        )
    return "\n".join(lines)


def ratio_text(config: str, runs: dict[str, list[dict[str, Any]]]) -> str:
    """Speed against the configuration's baseline: the median of the per-round ratios."""
    base_name, label = BASELINES.get(config, ("", ""))
    if base_name not in runs:
        return ""
    ratios = [base["net"] / mine["net"] for mine, base in zip(runs[config], runs[base_name], strict=True)]
    return f"{statistics.median(ratios):.2f}x {label}"


def parent(args: argparse.Namespace) -> None:
    from frontlines.prefilter import could_hold_event

    work = Path(args.work or tempfile.mkdtemp(prefix="bench-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    samples = {
        "conflict (FA-KES)": corpora.fa_kes()[: args.docs],
        "mixed (MUC-4 irrelevant + CEHA not relevant)": corpora.mixed()[: args.mixed_docs],
    }
    configs = [c for c in CONFIGS if not (args.no_spark and c == SPARK_2)]
    rows = []
    for number, (name, docs) in enumerate(samples.items()):
        corpus, tiny = work / f"corpus{number}.jsonl", work / f"tiny{number}.jsonl"
        n_docs, n_words = write_corpus(docs, corpus)
        write_corpus(docs[:2], tiny)
        passing = sum(could_hold_event(text) for _, text in docs)
        print(f"{name}: {n_docs} docs, {n_words:,} words, prefilter passes {passing / n_docs:.0%}", file=sys.stderr)
        runs: dict[str, list[dict[str, Any]]] = {config: [] for config in configs}
        for round_ in range(args.rounds):  # configurations interleaved, order rotated each round
            for config in configs[round_ % len(configs) :] + configs[: round_ % len(configs)]:
                runs[config].append(measure(config, corpus, tiny, work, args.batch_size))
                print(f"  round {round_ + 1} {config}: {n_docs / runs[config][-1]['net']:.1f} docs/s", file=sys.stderr)
        for config in configs:
            row = {"corpus": name, "config": config, "docs": n_docs, "words": n_words, **median_run(runs[config])}
            row["ratio"] = ratio_text(config, runs)
            rows.append(row)
    cpu = f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end"
    print(f"frontlines bench_pipeline, {time.strftime('%Y-%m-%d %H:%M')}, {cpu}\n")
    print(table(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=120, help="conflict-news documents (FA-KES)")
    parser.add_argument("--mixed-docs", type=int, default=240, help="documents of the mixed corpus")
    parser.add_argument("--rounds", type=int, default=1, help="runs per configuration (median kept)")
    parser.add_argument("--no-spark", action="store_true", help="leave out Spark local[2]")
    parser.add_argument("--work", help="folder for inputs and outputs (default: a new temp folder)")
    parser.add_argument(
        "--batch-size",
        type=int,
        default=16,
        help="nlp.pipe batch and worker chunk size, the same for every configuration (small, so that "
        "2 workers both get chunks of a small sample)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--tiny", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
    else:
        if not corpora.EVAL.is_dir():
            raise SystemExit(f"{corpora.EVAL} is missing: the benchmark reads ../shared/eval")
        parent(args)


if __name__ == "__main__":
    main()
