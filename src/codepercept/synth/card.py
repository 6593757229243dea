"""Dataset cards: the ``README.md`` whose YAML header tells ``datasets.load_dataset(folder)``
which files make which split, with what features, under what license.

Features are given as ``datasets.Features.to_dict`` writes them (the form the Parquet schema
metadata carries) and turned into the card's YAML list form here, so the core install needs
neither ``datasets`` nor a YAML library.

>>> print(card_header({"train": "train.parquet"}, {"id": {"dtype": "string", "_type": "Value"}}), end="")
---
license: apache-2.0
configs:
- config_name: default
  data_files:
  - split: train
    path: train.parquet
dataset_info:
  features:
  - name: id
    dtype: string
---
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

#: License of the data the engine writes (the code that drew it is the project's, Apache-2.0).
LICENSE = "apache-2.0"


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9._/*-]*")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"}


def _scalar(value: Any) -> str:
    if isinstance(value, str) and _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _feature(spec: Any) -> dict[str, Any]:
    """One feature in card form: ``{"dtype": ...}``, ``{"list": ...}`` or ``{"struct": [...]}``."""
    if isinstance(spec, list):
        return _list_of(_feature(spec[0]))
    kind = spec.get("_type")
    if kind == "Value":
        return {"dtype": spec["dtype"]}
    if kind == "Image":
        return {"dtype": "image"}
    if kind == "List":
        return _list_of(_feature(spec["feature"]))
    return {"struct": features_yaml(spec)}


def _list_of(inner: dict[str, Any]) -> dict[str, Any]:
    # the card writes a list of values as `list: <dtype>`, a list of structs as `list: [fields]`
    return {"list": inner.get("dtype", inner.get("struct", inner))}


def features_yaml(features: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``Features.to_dict()`` form -> the card's ``dataset_info.features`` list."""
    return [{"name": name, **_feature(spec)} for name, spec in features.items()]


def _emit(obj: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, dict | list) and value:
                out.append(f"{pad}{key}:")
                _emit(value, indent + (0 if isinstance(value, list) else 2), out)
            else:
                out.append(f"{pad}{key}: {_scalar(value)}")
    else:
        for item in obj:
            if isinstance(item, dict):
                first = len(out)
                _emit(item, indent + 2, out)
                out[first] = f"{pad}- " + out[first][indent + 2 :]
            else:
                out.append(f"{pad}- {_scalar(item)}")


def to_yaml(obj: Mapping[str, Any]) -> str:
    """Block-style YAML of nested dicts, lists and scalars (enough for a card header)."""
    out: list[str] = []
    _emit(dict(obj), 0, out)
    return "\n".join(out) + "\n"


def files_fingerprint(paths: Iterable[Path]) -> str:
    """A short digest of files' names, sizes and modification times: it changes whenever a
    file is written again, without reading gigabytes of images."""
    h = hashlib.sha256()
    for p in paths:
        st = p.stat()
        h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def card_header(
    files: Mapping[str, str | list[str]],
    features: Mapping[str, Any] | None = None,
    *,
    sizes: Mapping[str, tuple[int, int]] | None = None,
    fingerprint: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """The ``---`` YAML block: one ``default`` config mapping each split to its file(s).

    ``sizes`` gives each split's (rows, bytes on disk). ``fingerprint`` (see
    :func:`files_fingerprint`) goes into the config's ``description``: ``datasets`` keys its
    cache of a local folder by the card and the folder's name alone (not by the files' paths
    or contents), so two folders of the same name, or one folder written again, would
    otherwise load each other's stale cache.
    """
    head: dict[str, Any] = {"license": LICENSE, **(extra or {})}
    config: dict[str, Any] = {
        "config_name": "default",
        "data_files": [{"split": split, "path": path} for split, path in files.items()],
    }
    if fingerprint:
        config["description"] = f"data files fingerprint {fingerprint}"
    head["configs"] = [config]
    info: dict[str, Any] = {}
    if features:
        info["features"] = features_yaml(features)
    if sizes:
        info["splits"] = [
            {"name": split, "num_bytes": nbytes, "num_examples": rows}
            for split, (rows, nbytes) in sizes.items()
        ]
        info["download_size"] = info["dataset_size"] = sum(b for _, b in sizes.values())
    if info:
        head["dataset_info"] = info
    return "---\n" + to_yaml(head) + "---\n"


def dataset_card(
    title: str,
    body: str,
    files: Mapping[str, str | list[str]],
    features: Mapping[str, Any] | None = None,
    *,
    sizes: Mapping[str, tuple[int, int]] | None = None,
    fingerprint: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """A whole ``README.md``: header, title and body."""
    header = card_header(files, features, sizes=sizes, fingerprint=fingerprint, extra=extra)
    return f"{header}\n# {title}\n\n{body.strip()}\n"
