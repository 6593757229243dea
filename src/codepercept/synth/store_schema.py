"""The Parquet row schema of the dataset store, with Hugging Face ``datasets`` feature metadata.

The ``image`` column is a ``struct<bytes: binary, path: string>``, exactly the storage of the
``datasets.Image`` feature; the schema metadata key ``huggingface`` carries the features so
``datasets.load_dataset("parquet", ...)`` decodes ``image`` as an image without a cast.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pyarrow as pa

from codepercept.synth.store_records import GateRecord, Outcome, Record
from codepercept.synth.template import QA

VERSION_KEYS = ("codepercept", "matplotlib", "numpy", "python")

_QA_TYPE = pa.struct([("question", pa.string()), ("answer", pa.string()), ("kind", pa.string())])
_GATE_TYPE = pa.struct(
    [
        ("gate", pa.string()),
        ("passed", pa.bool_()),
        ("reasons", pa.list_(pa.string())),
        ("details", pa.string()),  # JSON object
    ]
)
IMAGE_TYPE = pa.struct([("bytes", pa.binary()), ("path", pa.string())])

_FIELDS: list[tuple[str, pa.DataType]] = [
    ("id", pa.string()),
    ("family", pa.string()),
    ("template", pa.string()),
    ("seed", pa.int64()),
    ("params", pa.string()),  # JSON object
    ("code", pa.string()),
    ("caption", pa.string()),
    ("facts", pa.string()),  # JSON object, see codepercept.grounding.facts
    ("qa", pa.list_(_QA_TYPE)),
    ("image", IMAGE_TYPE),
    ("width", pa.int32()),
    ("height", pa.int32()),
    ("gates", pa.list_(_GATE_TYPE)),
    ("outcome", pa.string()),
    ("reasons", pa.list_(pa.string())),
    ("keys", pa.string()),  # JSON object: dedup keys
    ("versions", pa.struct([(k, pa.string()) for k in VERSION_KEYS])),
]


def _value(dtype: str) -> dict[str, str]:
    return {"dtype": dtype, "_type": "Value"}


def hf_features() -> dict[str, Any]:
    """The ``datasets.Features`` of a row, as ``Features.to_dict`` writes it (lists as [feature])."""
    s = _value("string")
    return {
        "id": s,
        "family": s,
        "template": s,
        "seed": _value("int64"),
        "params": s,
        "code": s,
        "caption": s,
        "facts": s,
        "qa": [{"question": s, "answer": s, "kind": s}],
        "image": {"_type": "Image"},
        "width": _value("int32"),
        "height": _value("int32"),
        "gates": [{"gate": s, "passed": _value("bool"), "reasons": [s], "details": s}],
        "outcome": s,
        "reasons": [s],
        "keys": s,
        "versions": {k: s for k in VERSION_KEYS},
    }


def hf_metadata(features: dict[str, Any]) -> dict[bytes, bytes]:
    """Schema metadata that makes ``datasets`` read ``features`` from a Parquet file."""
    return {b"huggingface": json.dumps({"info": {"features": features}}).encode()}


@cache
def row_schema() -> pa.Schema:
    """The Arrow schema of every data and rejects shard."""
    return pa.schema(_FIELDS, metadata=hf_metadata(hf_features()))


def _dumps(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, default=_json_default)


def _json_default(obj: Any) -> Any:
    # numpy scalars and arrays, tuples inside facts, enums: store their plain value
    if hasattr(obj, "tolist"):
        return obj.tolist()
    if isinstance(obj, set | frozenset):
        return sorted(obj)
    return str(obj)


def records_to_table(records: list[Record], versions: dict[str, str]) -> pa.Table:
    """Encode records as one Arrow table of :func:`row_schema`."""
    cols: dict[str, list[Any]] = {name: [] for name, _ in _FIELDS}
    ver = {k: versions.get(k, "") for k in VERSION_KEYS}
    for r in records:
        cols["id"].append(r.id)
        cols["family"].append(r.family)
        cols["template"].append(r.template)
        cols["seed"].append(int(r.seed))
        cols["params"].append(_dumps(r.params))
        cols["code"].append(r.code)
        cols["caption"].append(r.caption)
        cols["facts"].append(_dumps(r.facts))
        cols["qa"].append(
            [{"question": q.question, "answer": q.answer, "kind": q.kind} for q in r.qa]
        )
        cols["image"].append(None if r.png is None else {"bytes": r.png, "path": r.image_name})
        cols["width"].append(int(r.width))
        cols["height"].append(int(r.height))
        cols["gates"].append(
            [
                {
                    "gate": g.gate,
                    "passed": g.passed,
                    "reasons": list(g.reasons),
                    "details": _dumps(g.details),
                }
                for g in r.gates
            ]
        )
        cols["outcome"].append(str(r.outcome))
        cols["reasons"].append(list(r.reasons))
        cols["keys"].append(_dumps(r.keys))
        cols["versions"].append(ver)
    schema = row_schema()
    arrays = [pa.array(cols[f.name], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def row_to_record(row: dict[str, Any]) -> Record:
    """Decode one row (as ``Table.to_pylist`` gives it) back into a :class:`Record`."""
    image = row.get("image") or None
    return Record(
        id=row["id"],
        family=row["family"],
        template=row["template"],
        seed=int(row["seed"]),
        params=json.loads(row["params"] or "{}"),
        code=row["code"],
        facts=json.loads(row["facts"] or "{}"),
        caption=row["caption"] or "",
        qa=tuple(QA(q["question"], q["answer"], q["kind"] or "free") for q in row["qa"] or ()),
        png=image["bytes"] if image else None,
        width=int(row["width"] or 0),
        height=int(row["height"] or 0),
        gates=tuple(
            GateRecord(
                g["gate"],
                bool(g["passed"]),
                tuple(g["reasons"] or ()),
                json.loads(g["details"] or "{}"),
            )
            for g in row["gates"] or ()
        ),
        outcome=Outcome(row["outcome"]),
        reasons=tuple(row["reasons"] or ()),
        keys=json.loads(row["keys"] or "{}"),
    )
