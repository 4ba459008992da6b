"""Turning SDK results into table, plain text, JSON, JSON Lines or CSV.

Everything is first made plain data (dicts, lists, strings, numbers); the formats only lay that
out. Money stays exact: a ``Decimal`` becomes a JSON string ("1.50"), never a float. A list is
written as it is read, page after page, except the terminal table, which needs every row first.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any, Literal

__all__ = [
    "FORMATS",
    "Format",
    "cell",
    "parse_fields",
    "pick",
    "plain",
    "write_list",
    "write_object",
]

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("table", "json", "jsonl", "csv")


def plain(value: Any) -> Any:
    """`value` as JSON-ready data: models and dataclasses become dicts, Decimals strings."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return str(value)


def parse_fields(text: str | None) -> list[str] | None:
    """``"id,name, status"`` as ``["id", "name", "status"]``; nothing given is ``None``."""
    if text is None:
        return None
    fields = [f.strip() for f in text.split(",") if f.strip()]
    return fields or None


_MISSING = object()


def _lookup(record: Any, path: str) -> Any:
    value = record
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        else:
            return _MISSING
    return value


def pick(record: Mapping[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    """The chosen `fields` of `record` (``a.b`` reaches into nested objects); a field the record
    lacks is ``None``, so every row has the same columns."""
    if fields is None:
        return dict(record)
    chosen = {}
    for name in fields:
        value = _lookup(record, name)
        chosen[name] = None if value is _MISSING else value
    return chosen


def cell(value: Any) -> str:
    """One value as the text of a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


_ISO_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d(\.\d+)?)?(Z|[+-]00:00)?")


def _short_time(text: str) -> str:
    # A person reading a table needs the minute, in UTC; scripts get the full time.
    match = _ISO_TIME.fullmatch(text)
    return f"{match[1]} {match[2]}" if match and match[5] else text


def _flat(text: str) -> str:
    # A tab or newline inside a value would split a plain-text row for `cut` and `awk`.
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _columns(rows: Sequence[Mapping[str, Any]], fields: Sequence[str] | None) -> list[str]:
    if fields is not None:
        return list(fields)
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def write_list(
    items: Iterable[Any],
    out: IO[str],
    *,
    fmt: Format,
    fields: Sequence[str] | None,
    default_fields: Sequence[str] | None = None,
    terminal: bool = False,
) -> int:
    """Write every item of `items` (read lazily) in `fmt`; returns how many were written.

    ``--fields`` picks columns for table and CSV and keys for JSON. Without it, the table and
    CSV show `default_fields` (or every key) and JSON keeps whole objects.
    """
    records = (plain(item) for item in items)
    if fmt == "json":
        return _json_array((pick(r, fields) for r in records), out)
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(pick(record, fields), ensure_ascii=False) + "\n")
            count += 1
        return count
    columns = fields if fields is not None else default_fields
    if fmt == "csv":
        return _csv(records, columns, out)
    if terminal:
        rows = [pick(r, columns) for r in records]
        cells = [[_short_time(cell(v)) for v in r.values()] for r in rows]
        _rich_table(_columns(rows, columns), cells, out)
        return len(rows)
    return _tsv(records, columns, out)


def write_object(
    obj: Any,
    out: IO[str],
    *,
    fmt: Format,
    fields: Sequence[str] | None,
    terminal: bool = False,
) -> None:
    """Write one object: a JSON object, one JSON line, a one-row CSV, or a field/value table."""
    record = pick(plain(obj), fields)
    if fmt == "json":
        out.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _csv([record], list(record), out)
    elif terminal:
        _rich_table(["field", "value"], [[k, cell(v)] for k, v in record.items()], out)
    else:
        for key, value in record.items():
            out.write(f"{key}\t{_flat(cell(value))}\n")


def _json_array(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _csv(records: Iterable[dict[str, Any]], columns: Sequence[str] | None, out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    return _table(records, columns, writer.writerow, cell)


def _tsv(records: Iterable[dict[str, Any]], columns: Sequence[str] | None, out: IO[str]) -> int:
    return _table(
        records, columns, lambda row: out.write("\t".join(row) + "\n"), lambda v: _flat(cell(v))
    )


def _table(
    records: Iterable[dict[str, Any]],
    columns: Sequence[str] | None,
    write: Callable[[list[str]], object],
    show: Callable[[Any], str],
) -> int:
    """Write a header row, then one row a record; returns how many records there were.

    Without `columns` the first record's keys are the header. A known header is written even
    when there are no records, so a script reading the output still finds its columns.
    """
    count = 0
    header: list[str] | None = list(columns) if columns is not None else None
    for record in records:
        if header is None:
            header = list(record)
        if count == 0:
            write(header)
        write([show(v) for v in pick(record, header).values()])
        count += 1
    if count == 0 and header is not None:
        write(header)
    return count


def _rich_table(columns: Sequence[str], rows: Sequence[Sequence[str]], out: IO[str]) -> None:
    # Rich is only needed for a person at a terminal; scripts never pay for importing it.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, header_style="bold")
    for column in columns:
        # An ID cut over two lines cannot be copied; other text may wrap.
        whole = column == "id" or column.endswith("_id")
        table.add_column(column, overflow="fold", no_wrap=whole)
    for row in rows:
        # Text, not str: a value such as "[prolific-python:k]" must not be read as Rich markup.
        table.add_row(*(Text(value) for value in row))
    Console(file=out, highlight=False).print(table)
