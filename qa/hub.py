"""``qa push``: publish a ``qa build`` folder as a Hugging Face dataset repository (or write its layout).

Repository layout (``--to-dir`` writes exactly this; a push uploads exactly this)::

    README.md                                   dataset card: YAML header + how it was built
    data/qa/<split>-00000-of-00001.parquet      config "qa" (the default): the QA rows
    data/ner/<split>-00000-of-00001.parquet     config "ner": the corrected entities

Why not ``DatasetDict.push_to_hub`` directly: it merges the new split into the card already on the
Hub, so a re-publish keeps stale split sizes and features (datasets #6271, #8608) and stale
``configs`` entries for removed splits (#8367), and a two-config publish takes several commits. Here
the card is generated from scratch with ``datasets``' own YAML writers (``MetadataConfigs``,
``DatasetInfosDict``), the Parquet files with ``Dataset.to_parquet`` (features kept in the schema
metadata, as ``push_to_hub`` does), and everything goes up in ONE commit that also deletes the files
an earlier version left behind (other splits, configs, shards, ``dataset_infos.json``). Files we do
not manage (a LICENSE, images for the card) are left alone.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from annotate.errors import InputError, UsageError

__all__ = ["CONFIGS", "write_layout", "push", "PushResult", "stale_files", "resolve_token", "is_managed",
           "relative_sources", "check_build"]

CONFIGS = ("qa", "ner")  # the first is the default config
_MANAGED_SUFFIXES = (".parquet", ".arrow")


def is_managed(path: str) -> bool:
    """Files this tool owns in a repo: the card, data/, legacy infos, and any Parquet/Arrow shard."""
    return path in ("README.md", "dataset_infos.json") or path.startswith("data/") or path.endswith(_MANAGED_SUFFIXES)


def stale_files(existing: Iterable[str], new: Iterable[str]) -> list[str]:
    """Managed files of an earlier version that the new layout does not have."""
    keep = set(new)
    return sorted(p for p in existing if is_managed(p) and p not in keep)


def check_build(bench: str | Path) -> Path:
    """``bench`` as a Path, or one line saying why it is not a `qa build` folder (before any slow work)."""
    bench = Path(bench)
    if not bench.exists():
        raise InputError("no such folder", path=str(bench), hint="give the folder `python -m qa build` wrote")
    info_path = bench / "build_info.json"
    if not info_path.exists():
        raise InputError("not a `qa build` folder (no build_info.json)", path=str(bench),
                         hint="run `python -m qa build corrected.jsonl --out DIR` first")
    return bench


def _load_build(bench: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    info_path = check_build(bench) / "build_info.json"
    import datasets

    info = json.loads(info_path.read_text(encoding="utf-8"))
    dicts = {}
    for name in CONFIGS:
        try:
            dicts[name] = datasets.load_from_disk(str(bench / name))
        except FileNotFoundError:
            raise InputError(f"the build has no {name}/ dataset", path=str(bench),
                             hint="re-run `qa build` with this version of the toolkit") from None
    return info, dicts


def _card_header(dicts: Mapping[str, Any], sizes: Mapping[str, dict[str, int]], *, license: str,
                 pretty_name: str) -> str:
    from datasets.info import DatasetInfo, DatasetInfosDict
    from datasets.splits import SplitDict, SplitInfo
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCardData

    n = sum(len(ds) for ds in dicts[CONFIGS[0]].values())
    size = "n<1K" if n < 1000 else "1K<n<10K" if n < 10_000 else "10K<n<100K"
    card = DatasetCardData(language=["zh"], license=license, pretty_name=pretty_name, size_categories=[size],
                           task_categories=["question-answering", "token-classification"],
                           task_ids=["extractive-qa", "named-entity-recognition"],
                           multilinguality="monolingual", annotations_creators=["expert-generated"],
                           language_creators=["found"], source_datasets=["original"])
    configs, infos = {}, {}
    for i, name in enumerate(CONFIGS):
        splits = SplitDict()
        for split, ds in dicts[name].items():
            splits.add(SplitInfo(name=split, num_bytes=ds.data.nbytes, num_examples=len(ds)))
        infos[name] = DatasetInfo(config_name=name, features=next(iter(dicts[name].values())).features,
                                  splits=splits, download_size=sizes[name]["download"],
                                  dataset_size=sizes[name]["dataset"])
        configs[name] = {"data_files": [{"split": s, "path": f"data/{name}/{s}-*"} for s in dicts[name]]}
        if i == 0:
            configs[name]["default"] = True
    DatasetInfosDict(infos).to_dataset_card_data(card)
    MetadataConfigs(configs).to_dataset_card_data(card)
    return f"---\n{card.to_yaml()}\n---\n"


def relative_sources(paths: Iterable[str]) -> dict[str, str]:
    """Each raw-file path relative to the corpus root (the deepest folder holding them all), so that
    what is published names no local folder; a path that cannot be related keeps only its file name.

    >>> relative_sources(["/home/me/corpus/a/1.txt", "/home/me/corpus/b/2.txt"])
    {'/home/me/corpus/a/1.txt': 'a/1.txt', '/home/me/corpus/b/2.txt': 'b/2.txt'}
    >>> relative_sources(["seeds/000.txt", "seeds/001.txt", ""])
    {'seeds/000.txt': '000.txt', 'seeds/001.txt': '001.txt'}
    """
    real = sorted({p for p in paths if p})
    if not real:
        return {}
    try:
        root = os.path.commonpath([os.path.dirname(p) or "." for p in real])
    except ValueError:  # absolute and relative paths mixed: no common root
        return {p: PurePath(p).name for p in real}
    return {p: PurePath(os.path.relpath(p, root or ".")).as_posix() for p in real}


def _publishable(dicts: Mapping[str, Any]) -> dict[str, Any]:
    """The datasets with ``source_file`` relative to the corpus root (the build keeps the local path,
    which ``qa.eval`` and people use to trace answers; the Hub gets no local folder names)."""
    import datasets

    datasets.disable_progress_bars()  # the command reports what it wrote; no bars for a quick map
    paths = [p for name in CONFIGS for ds in dicts[name].values() for p in ds["source_file"]]
    mapping = relative_sources(paths)
    return {name: {split: ds.map(lambda row: {"source_file": mapping.get(row["source_file"], row["source_file"])},
                                 keep_in_memory=True, load_from_cache_file=False)
                   for split, ds in dicts[name].items()} for name in CONFIGS}


def _write_parquet(dicts: Mapping[str, Any], out: Path) -> tuple[list[str], dict[str, dict[str, int]]]:
    import datasets

    datasets.disable_progress_bars()
    written, sizes = [], {}
    for name in CONFIGS:
        sizes[name] = {"download": 0, "dataset": 0}
        for split, ds in dicts[name].items():
            rel = f"data/{name}/{split}-00000-of-00001.parquet"
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            ds.to_parquet(str(out / rel))
            written.append(rel)
            sizes[name]["download"] += (out / rel).stat().st_size
            sizes[name]["dataset"] += ds.data.nbytes
    return written, sizes


def write_layout(bench: str | Path, out: str | Path, *, repo_id: str | None = None, license: str = "other",
                 pretty_name: str | None = None, scores: Sequence[Mapping[str, Any]] = ()) -> list[str]:
    """Write the repository layout of build folder ``bench`` into ``out``; returns the repo paths.

    ``repo_id`` is where it will be published (``None``: not decided; the card then says how to load
    the folder). ``source_file`` is written relative to the corpus root (:func:`relative_sources`).
    Managed files of an earlier layout in ``out`` that this one lacks are deleted, so the folder is
    exactly what the Hub would hold after a push."""
    from .card import MARKER, card_body, default_title

    bench, out = Path(bench), Path(out)
    info, dicts = _load_build(bench)
    dicts = _publishable(dicts)
    if out.exists() and any(out.iterdir()):
        readme = out / "README.md"
        if not readme.exists() or MARKER not in readme.read_text(encoding="utf-8", errors="replace"):
            raise InputError("folder is not empty and holds no layout written by `qa push`", path=str(out),
                             hint="give an empty or new folder")
    out.mkdir(parents=True, exist_ok=True)
    existing = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
    data_dir = out / "data"
    if data_dir.exists():
        shutil.rmtree(data_dir)  # shards are rewritten below; nothing else lives there
    written, sizes = _write_parquet(dicts, out)
    name = pretty_name or default_title(info)
    header = _card_header(dicts, sizes, license=license, pretty_name=name)
    body = card_body(info, dicts, repo_id=repo_id, pretty_name=name, license=license, scores=scores)
    (out / "README.md").write_text(header + body, encoding="utf-8")
    paths = sorted([*written, "README.md"])
    for rel in stale_files(existing, paths):
        if (out / rel).exists():
            (out / rel).unlink()
    return paths


def resolve_token(token: str | None) -> str:
    token = token or os.environ.get("HF_TOKEN")
    if not token:
        raise UsageError("no Hugging Face token", hint="pass --token or set HF_TOKEN (a write token)")
    return token


@dataclass(frozen=True)
class PushResult:
    repo_id: str
    private: bool
    uploaded: tuple[str, ...]
    deleted: tuple[str, ...]
    commit_url: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"repo_id": self.repo_id, "private": self.private, "uploaded": list(self.uploaded),
                "deleted": list(self.deleted), "commit_url": self.commit_url}


def push(bench: str | Path, repo_id: str, *, token: str | None = None, private: bool = False,
         license: str = "other", pretty_name: str | None = None, scores: Sequence[Mapping[str, Any]] = (),
         api: Any = None, staging: str | Path | None = None) -> PushResult:
    """Publish build folder ``bench`` to dataset repo ``repo_id`` in one commit (see the module doc)."""
    import tempfile

    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi

    if repo_id.count("/") != 1 or not all(repo_id.split("/")):
        raise UsageError(f"--repo-id must be ORG/NAME, got {repo_id!r}")
    api = api or HfApi(token=resolve_token(token))
    with tempfile.TemporaryDirectory(dir=staging) as tmp:
        paths = write_layout(bench, tmp, repo_id=repo_id, license=license, pretty_name=pretty_name, scores=scores)
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        if private:  # an existing public repo stays public unless told
            api.update_repo_settings(repo_id, private=True, repo_type="dataset")
        remote = api.list_repo_files(repo_id, repo_type="dataset")
        deleted = stale_files(remote, paths)
        operations = [CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(Path(tmp) / p)) for p in paths]
        operations += [CommitOperationDelete(path_in_repo=p) for p in deleted]
        commit = api.create_commit(repo_id, repo_type="dataset", operations=operations,
                                   commit_message="Publish the QA benchmark (qa push)")
    return PushResult(repo_id=repo_id, private=private, uploaded=tuple(paths), deleted=tuple(deleted),
                      commit_url=getattr(commit, "commit_url", None))
