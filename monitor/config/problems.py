"""Config problems with file, line and key: `config/feeds.toml:12: feed[3].interval: ...`.

Keys are written the way people count: `feed[1]` is the first `[[feed]]` of the file.
"""
from __future__ import annotations

import json
import re
import tomllib
import typing
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from monitor.config.files import show

Location = Sequence[str | int]  # pydantic's error location: ("feed", 2, "interval"), 0-based


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the config, and where."""

    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ConfigError(Exception):
    """The config is not valid; `.problems` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(map(str, self.problems)))


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key_path(loc: Location) -> str:
    """("feed", 2, "interval") -> "feed[3].interval"; odd keys are quoted as in TOML."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            name = part if _BARE_KEY.fullmatch(part) else f'"{part}"'
            out += f".{name}" if out else name
    return out


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$")


def find_line(text: str, loc: Location) -> int | None:
    """Best-effort 1-based line of the key at `loc`: the table's header, then the key in it."""
    lines = text.splitlines()
    headers = []  # (line index, is array of tables, name)
    for index, line in enumerate(lines):
        match = _HEADER.match(line)
        if match:
            headers.append((index, match.group(1) == "[[", match.group(2).replace('"', "").replace("'", "")))
    parts = list(loc)
    start, header = 0, None  # the section searched: top level unless a header is found
    if parts and isinstance(parts[0], str):
        arrays = [i for i, is_array, name in headers if is_array and name == parts[0]]
        tables = [i for i, is_array, name in headers if not is_array and name == parts[0]]
        if arrays:
            position = parts[1] if len(parts) > 1 and isinstance(parts[1], int) else 0
            if position < len(arrays):
                header = arrays[position]
                parts = parts[2:] if len(parts) > 1 and isinstance(parts[1], int) else parts[1:]
        elif tables:
            header, parts = tables[0], parts[1:]
    if header is not None:
        start = header + 1
    end = next((i for i, _, _ in headers if i >= start), len(lines))
    keys = [part for part in parts if isinstance(part, str)]
    if keys:
        pattern = re.compile(rf"""^\s*(?:{re.escape(keys[0])}|"{re.escape(keys[0])}"|'{re.escape(keys[0])}')\s*[=.]""")
        for index in range(start, end):
            if pattern.match(lines[index]):
                return index + 1
    return None if header is None else header + 1


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")


def syntax_problem(file: str, text: str, error: tomllib.TOMLDecodeError) -> Problem:
    """A TOML syntax error with the line (and column) from tomllib's message."""
    message = str(error.args[0] if error.args else error)
    match = _TOML_POSITION.search(message)
    line = None
    if match:
        message = message[: match.start()]
        if match.group(1):
            line, message = int(match.group(1)), f"{message} (column {match.group(2)})"
        else:
            line, message = max(len(text.splitlines()), 1), f"{message} (at the end of the file)"
    return Problem(file, line, "", f"invalid TOML: {message[:1].lower()}{message[1:]}")


def validation_problems(file: str, text: str, error: ValidationError, model: type[BaseModel]) -> list[Problem]:
    """One Problem per pydantic error, with the key path, its line and a readable message."""
    return [
        Problem(file, find_line(text, item["loc"]), key_path(item["loc"]), _message(item, model))
        for item in error.errors(include_url=False)
    ]


def _message(item: dict, model: type[BaseModel]) -> str:
    kind, value, ctx = item["type"], item.get("input"), item.get("ctx") or {}
    got = f", got {show(value)}"
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        known = _known_keys(model, item["loc"][:-1])
        return "unknown key" + (f" (expected one of: {', '.join(known)})" if known else "")
    simple = {
        "int_type": "expected an integer", "float_type": "expected a number",
        "string_type": "expected a string in quotes", "bool_type": "expected true or false",
        "list_type": "expected a list like [1, 2]", "model_type": "expected a table",
        "dict_type": "expected a table", "model_attributes_type": "expected a table",
    }
    loc = item["loc"]
    if kind == "list_type" and isinstance(value, dict) and len(loc) == 1 and loc[0] in ("feed", "watch"):
        return f"write [[{loc[0]}]] (two brackets: one table per {loc[0]}), not [{loc[0]}]"
    if kind == "list_type" and isinstance(value, str) and len(loc) == 2 and loc[0] == "aliases":
        key = loc[1] if re.fullmatch(r"[A-Za-z0-9_-]+", str(loc[1])) else json.dumps(loc[1], ensure_ascii=False)
        return f"an alias group is a list: {key} = [{show(value)}]"
    if kind in simple:
        return simple[kind] + got
    if kind in ("string_too_short", "too_short"):
        return "must not be empty"
    if kind == "literal_error":
        return f"expected {ctx.get('expected', 'one of the allowed values')}{got}"
    for bound, words in (("gt", "above"), ("ge", "at least"), ("lt", "below"), ("le", "at most")):
        if bound in ctx and kind.startswith(("greater", "less")):
            return f"must be {words} {ctx[bound]}{got}"
    if kind in ("duration", "url", "chat_id"):  # our own messages already show the value
        return item["msg"]
    return item["msg"][:1].lower() + item["msg"][1:] + got


def _known_keys(model: type[BaseModel], loc: Location) -> list[str]:
    """The keys allowed in the table at `loc`, for "unknown key" messages."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        current = _model_in(field.annotation) if field else None
    return sorted(current.model_fields) if current else []


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None
