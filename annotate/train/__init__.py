"""Training: the CRF tagger (the default, :func:`train_tagger`) and a BERT token classifier (``--arch bert``).

``train_tagger(data, out_dir, base=..., labels=...) -> TrainResult`` is the library function the
``train`` command and the Label Studio ML backend call; :class:`annotate.prelabel.tagger.TaggerModel`
is the loadable model it returns and saves. :func:`train` (BERT) keeps the transformer path, which is
useful only when fine-tuning a pretrained checkpoint (``init=``): from scratch it scores far below the
tagger (docs/benchmarks.md).
"""

from __future__ import annotations

from .bert import TrainConfig, label_list, load_examples, tag_tokens, train
from .tagger import TrainResult, evaluate_model, load_data, train_tagger

__all__ = ["TrainConfig", "train", "tag_tokens", "label_list", "load_examples",
           "TrainResult", "train_tagger", "load_data", "evaluate_model"]
