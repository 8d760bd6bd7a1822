"""The local engine: worker processes, each with its own pipeline, fed chunks in order.

Output is streamed in input order (``imap``). At most ``IN_FLIGHT_PER_WORKER`` chunks per worker
are read ahead of the writer, so memory stays bounded whatever the input size. Workers start with
``forkserver`` (``spawn`` where it is missing): no copy of the parent's state, and no fork of a
process that holds threads.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from itertools import islice

from frontlines.batch.coding import code_chunk, code_in_worker, init_worker
from frontlines.pipeline import Result, build_pipeline
from frontlines.records import Article, Failure
from frontlines.settings import Settings

#: Chunks read ahead per worker: one being coded, one waiting, so no worker idles on the reader.
IN_FLIGHT_PER_WORKER = 2


def chunked(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    """Lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def start_method() -> str:
    """``forkserver`` where the platform has it, else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


def code_local(items: Iterable[Article | Failure], settings: Settings, workers: int = 1) -> Iterator[Result | Failure]:
    """Code articles on ``workers`` processes (1: in this process); outcomes in input order."""
    chunks = chunked(items, settings.batch_size)
    if workers <= 1:
        pipeline = build_pipeline(settings)
        for chunk in chunks:
            yield from code_chunk(pipeline, chunk)
        return
    yield from _code_on_pool(chunks, settings, workers)


def _code_on_pool(
    chunks: Iterator[list[Article | Failure]], settings: Settings, workers: int
) -> Iterator[Result | Failure]:
    slots = threading.Semaphore(workers * IN_FLIGHT_PER_WORKER)
    stopping = threading.Event()

    def bounded() -> Iterator[list[Article | Failure]]:
        # Runs in the pool's feeder thread: it waits for a free slot before reading on.
        for chunk in chunks:
            slots.acquire()
            if stopping.is_set():
                return
            yield chunk

    context = multiprocessing.get_context(start_method())
    pool = context.Pool(workers, initializer=init_worker, initargs=(settings,))
    try:
        for outcomes in pool.imap(code_in_worker, bounded()):
            slots.release()
            yield from outcomes
        pool.close()
    finally:
        stopping.set()
        for _ in range(workers * IN_FLIGHT_PER_WORKER + 1):
            slots.release()
        pool.terminate()
        pool.join()
