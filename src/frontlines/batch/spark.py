"""The Spark engine: the same pipeline, scheduled by Apache Spark (``local[*]`` or a cluster).

Two ``mapInArrow`` stages. The first turns raw input (JSONL lines, CSV files, Parquet rows) into
articles or failures with the very functions the local engine uses; the second codes the articles
with a pipeline built once per Python worker (``build_pipeline`` caches it in the worker process,
and Spark reuses its Python workers across tasks). The coded rows are persisted once and written
as the events and the bad records.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from io import BufferedReader, BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from frontlines.batch.coding import code_chunk
from frontlines.batch.local import chunked
from frontlines.batch.schema import (
    BAD_RECORDS_DIR,
    EVENT_SCHEMA,
    EVENTS_DIR,
    PARTITION_COLUMNS,
    rows_of,
)
from frontlines.batch.sources import (
    InputFile,
    check_parquet_columns,
    is_listed,
    join_where,
    kind_of,
    no_inputs_failure,
    not_batch_input_failure,
    parquet_outcome,
)
from frontlines.batch.writer import BatchSummary
from frontlines.errors import InputError, OutputError, ResourceError
from frontlines.ingest import ReadOptions
from frontlines.ingest.options import failure
from frontlines.ingest.readers import read_stream
from frontlines.ingest.tabular import jsonl_article
from frontlines.pipeline import build_pipeline
from frontlines.records import Article, Failure
from frontlines.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

DEFAULT_MASTER = "local[*]"
LOG4J_FILE = "log4j2.properties"
APP_NAME = "frontlines-batch"

#: Stage 1 output: a prepared article (JSON) or a reading failure (JSON).
PREPARED_SCHEMA = pa.schema([("article", pa.string()), ("failure", pa.string())])
#: Stage 2 output: event rows, bad-record rows and one "coded" row per coded article, in one table.
KIND = "outcome"
CODED_SCHEMA = pa.schema(
    [
        *EVENT_SCHEMA,
        pa.field("bad_input", pa.string()),
        pa.field("bad_error", pa.string()),
        pa.field("bad_message", pa.string()),
        pa.field(KIND, pa.string()),
    ]
)
EVENT, BAD, CODED = "event", "bad", "coded"

_QUIET_LOG4J = """\
rootLogger.level = error
rootLogger.appenderRef.file.ref = file
appender.file.type = File
appender.file.name = file
appender.file.fileName = {log}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{{HH:mm:ss}} %p %c{{1}}: %m%n
"""


# --------------------------------------------------------------------------- the session


@contextmanager
def spark_session(master: str | None, work_dir: Path) -> Iterator[SparkSession]:
    """A Spark session for one run: UTC, temp files in ``work_dir``.

    With ``master`` None the session Spark is configured with is used (``spark-submit``, or one
    already running). With a master URL a driver JVM is started quietly (its output goes to
    ``work_dir/spark.log``) and shut down at the end.
    """
    try:
        from pyspark import SparkContext
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ResourceError("the Spark engine needs pyspark: pip install 'frontlines[spark]'") from exc
    if master is None or SparkContext._active_spark_context is not None:
        session = SparkSession.builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()
        try:
            yield session
        finally:
            session.stop()
        return
    gateway = _launch_quiet_gateway(master, work_dir)
    context = SparkContext(conf=_conf(master, work_dir), gateway=gateway)
    if master.startswith("local"):
        # Local Python workers run this interpreter (it has frontlines and its models installed).
        context.pythonExec = sys.executable
    try:
        yield SparkSession(context)
    finally:
        context.stop()
        gateway.shutdown()
        gateway.proc.stdin.close()  # the driver JVM exits when its standard input closes
        gateway.proc.wait()
        SparkContext._gateway = None
        SparkContext._jvm = None


def _conf(master: str, work_dir: Path) -> Any:
    from pyspark import SparkConf

    java_options = f"-Djava.io.tmpdir={work_dir} -Dlog4j2.configurationFile=file:{work_dir / LOG4J_FILE}"
    return (
        SparkConf()
        .setMaster(master)
        .setAppName(APP_NAME)
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.local.dir", str(work_dir))
        .set("spark.sql.warehouse.dir", str(work_dir / "warehouse"))
        .set("spark.driver.extraJavaOptions", java_options)
        .set("spark.executor.extraJavaOptions", java_options)
    )


def _launch_quiet_gateway(master: str, work_dir: Path) -> Any:
    from pyspark import SparkContext
    from pyspark.java_gateway import launch_gateway

    if SparkContext._gateway is not None:
        raise ResourceError("a Spark driver is already running in this process; stop it first")
    log = work_dir / "spark.log"
    (work_dir / LOG4J_FILE).write_text(_QUIET_LOG4J.format(log=log), encoding="utf-8")
    try:
        with log.open("ab") as sink:
            return launch_gateway(conf=_conf(master, work_dir), popen_kwargs={"stdout": sink, "stderr": sink})
    except Exception as exc:
        raise ResourceError(f"Spark did not start ({exc}); is Java 17 installed? Its output is in {log}") from exc


# --------------------------------------------------------------------------- listing the inputs


def list_input_files(spark: SparkSession, paths: Sequence[str]) -> list[InputFile | Failure]:
    """The files behind paths or URIs, through Hadoop's file systems (local, HDFS, S3, ...)."""
    found: list[InputFile | Failure] = []
    for raw in paths:
        path, fs = hadoop_path(spark, raw)
        if not fs.exists(path):
            found.append(failure(InputError("no such file or folder", source=raw), raw))
            continue
        qualified = fs.makeQualified(path)
        if fs.getFileStatus(path).isDirectory():
            found.extend(_folder_members(fs, qualified, raw))
        elif kind_of(raw) is None:
            found.append(not_batch_input_failure(raw))
        else:
            found.append(InputFile(qualified.toString(), raw, Path(raw).name, kind_of(raw) or ""))
    return found


def hadoop_path(spark: SparkSession, uri: str) -> tuple[Any, Any]:
    """A Hadoop ``Path`` for ``uri`` and the file system that serves it (local, HDFS, S3...)."""
    jvm: Any = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    return path, path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def _folder_members(fs: Any, folder: Any, raw: str) -> list[InputFile | Failure]:
    base = folder.toUri().getPath().rstrip("/") + "/"
    members = []
    files = fs.listFiles(folder, True)
    while files.hasNext():
        uri = files.next().getPath()
        relative = uri.toUri().getPath()[len(base) :]
        if is_listed(relative):
            members.append((relative, uri.toString()))
    if not members:
        return [no_inputs_failure(raw)]
    return [
        InputFile(location, join_where(raw, relative), relative, kind_of(relative) or "")
        for relative, location in sorted(members)
    ]


# --------------------------------------------------------------------------- stage 1: read


def with_row_numbers(frame: DataFrame) -> DataFrame:
    """``frame`` (one file, read in order) with ``_row``: 1, 2, 3... in file order."""
    from pyspark.sql import functions as F

    tagged = frame.withColumn("_part", F.spark_partition_id()).withColumn("_id", F.monotonically_increasing_id())
    counts: dict[int, int] = {row[0]: row[1] for row in tagged.groupBy("_part").count().collect()}
    offsets, total = {}, 0
    for part in sorted(counts):
        offsets[part] = total
        total += counts[part]
    offset = F.lit(0)
    for part, start in offsets.items():
        offset = F.when(F.col("_part") == part, F.lit(start)).otherwise(offset)
    # monotonically_increasing_id is (partition << 33) + position in the partition.
    position = F.col("_id") - F.shiftleft(F.col("_part").cast("long"), 33)
    return tagged.withColumn("_row", offset + position + 1).drop("_part", "_id")


def _prepared(outcomes: Iterator[Article | Failure]) -> Iterator[pa.RecordBatch]:
    rows = [
        {"article": o.model_dump_json(), "failure": None}
        if isinstance(o, Article)
        else {"article": None, "failure": o.model_dump_json()}
        for o in outcomes
    ]
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=PREPARED_SCHEMA)


def prepare_jsonl(item: InputFile, options: ReadOptions, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Stage 1 for JSONL lines (columns ``value``, ``_row``): ingest's own line reader."""
    for batch in batches:
        yield from _prepared(_jsonl_outcomes(item, options, batch.to_pylist()))


def _jsonl_outcomes(item: InputFile, options: ReadOptions, records: list[dict]) -> Iterator[Article | Failure]:
    for record in records:
        line, number = record["value"], record["_row"]
        if not line.strip():
            continue
        try:
            yield jsonl_article(line, item.name, number, options)
        except InputError as exc:
            yield failure(exc, item.where, number)


def prepare_parquet(
    item: InputFile, options: ReadOptions, batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    """Stage 1 for Parquet rows (with ``_row``): the local engine's row reader."""
    for batch in batches:
        yield from _prepared(parquet_outcome(r, item, r["_row"], options) for r in batch.to_pylist())


def prepare_csv(item: InputFile, options: ReadOptions, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Stage 1 for a CSV file read whole (``content``): ingest's own CSV reader."""
    for batch in batches:
        for content in batch.column("content").to_pylist():
            stream = BufferedReader(BytesIO(content))  # ingest peeks at the head
            yield from _prepared(read_stream(stream, "csv", item.where, item.name, options))


def read_file_frame(spark: SparkSession, item: InputFile, options: ReadOptions) -> DataFrame:
    """Stage 1 for one input file: a frame of prepared articles and failures."""
    if item.kind == "jsonl":
        frame = with_row_numbers(spark.read.text(item.location))
        prepare = prepare_jsonl
    elif item.kind == "parquet":
        frame = spark.read.parquet(item.location)
        check_parquet_columns(frame.columns, options, item.where)
        frame = with_row_numbers(frame)
        prepare = prepare_parquet
    else:
        frame = spark.read.format("binaryFile").load(item.location).select("content")
        prepare = prepare_csv
    return frame.mapInArrow(partial(prepare, item, options), _spark_schema(PREPARED_SCHEMA))


# --------------------------------------------------------------------------- stage 2: code


def code_prepared(settings: Settings, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Stage 2: code prepared articles with this worker's pipeline, built once per process."""
    pipeline = build_pipeline(settings)
    for batch in batches:
        items = [_unprepare(record) for record in batch.to_pylist()]
        for chunk in chunked(items, settings.batch_size):
            rows = [row for outcome in code_chunk(pipeline, chunk) for row in coded_rows(outcome)]
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=CODED_SCHEMA)


def _unprepare(record: dict[str, str | None]) -> Article | Failure:
    if record["article"] is not None:
        return Article.model_validate_json(record["article"])
    return Failure.model_validate_json(record["failure"] or "{}")


def coded_rows(outcome: Any) -> list[dict[str, Any]]:
    """One outcome as rows of :data:`CODED_SCHEMA`."""
    events, bad = rows_of(outcome)
    rows = [{**row, KIND: EVENT} for row in events]
    rows += [
        {
            "doc_id": b["doc_id"],
            "bad_input": b["input"],
            "bad_error": b["error"],
            "bad_message": b["message"],
            KIND: BAD,
        }
        for b in bad
    ]
    if not bad:
        rows.append({"doc_id": outcome.article.id, KIND: CODED})
    return rows


def _spark_schema(schema: pa.Schema) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


# --------------------------------------------------------------------------- the run


def run_spark(
    paths: Sequence[str],
    output: str,
    settings: Settings,
    options: ReadOptions,
    *,
    master: str | None = DEFAULT_MASTER,
    overwrite: bool = False,
    work_dir: Path | None = None,
) -> BatchSummary:
    """Read, code and write a batch on Spark; ``output`` may be a local path or a Hadoop URI."""
    scratch = Path(tempfile.mkdtemp(prefix="frontlines-spark-", dir=work_dir))
    try:
        with spark_session(master, scratch) as spark:
            return _run(spark, paths, output, settings, options, overwrite)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run(
    spark: SparkSession,
    paths: Sequence[str],
    output: str,
    settings: Settings,
    options: ReadOptions,
    overwrite: bool,
) -> BatchSummary:
    from pyspark import StorageLevel

    _check_output(spark, output, overwrite)
    listed = list_input_files(spark, paths)
    early = [item for item in listed if isinstance(item, Failure)]
    frames = []
    for item in listed:
        if isinstance(item, InputFile):
            try:
                frames.append(read_file_frame(spark, item, options))
            except InputError as exc:
                early.append(failure(exc, item.where))
    prepared = _union(spark, frames, early)
    partitions = max(spark.sparkContext.defaultParallelism, 1) * PARTITIONS_PER_CORE
    coded = prepared.repartition(partitions).mapInArrow(partial(code_prepared, settings), _spark_schema(CODED_SCHEMA))
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        events = coded.where(coded[KIND] == EVENT).select(*EVENT_SCHEMA.names)
        events.write.mode(mode).partitionBy(*PARTITION_COLUMNS).parquet(_join(output, EVENTS_DIR))
        bad = coded.where(coded[KIND] == BAD).selectExpr(
            "doc_id", "bad_input AS input", "bad_error AS error", "bad_message AS message"
        )
        bad.coalesce(1).write.mode(mode).parquet(_join(output, BAD_RECORDS_DIR))
        counts: dict[str, int] = {row[0]: row[1] for row in coded.groupBy(KIND).count().collect()}
    finally:
        coded.unpersist()
    return BatchSummary(
        documents=counts.get(CODED, 0) + counts.get(BAD, 0),
        events=counts.get(EVENT, 0),
        bad_records=counts.get(BAD, 0),
    )


#: Coding tasks per core: small tasks keep both cores busy to the end when documents differ in
#: length (2 per core left one core idle for the last, longest task); the Python workers and their
#: pipelines are reused across tasks, so a task costs little more than its documents.
PARTITIONS_PER_CORE = 8


def _union(spark: SparkSession, frames: list[DataFrame], early: list[Failure]) -> DataFrame:
    rows = [(None, f.model_dump_json()) for f in early]
    result = spark.createDataFrame(rows, _spark_schema(PREPARED_SCHEMA))
    for frame in frames:
        result = result.unionByName(frame)
    return result


def _join(output: str, part: str) -> str:
    return output.rstrip("/") + "/" + part


def _check_output(spark: SparkSession, output: str, overwrite: bool) -> None:
    if overwrite:
        return
    for part in (EVENTS_DIR, BAD_RECORDS_DIR):
        path, fs = hadoop_path(spark, _join(output, part))
        if fs.exists(path):
            raise OutputError(
                f"{output}: already holds a batch result ({part}/); choose another folder or pass --overwrite"
            )
