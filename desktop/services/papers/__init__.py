"""The station's papers: the registry of paper kinds (`kinds.KINDS`, read by
the reports page, the CLI and the catalog), the data builders that do every
database read (`gather`), and the one entry point (`catalog`: issue, build,
export). The renderers live in desktop.reports; writing a PDF is the
printing adapter's, passed in by the caller.

To add a paper kind, read the docstring of desktop/services/papers/kinds.py.
"""

from desktop.services.papers.catalog import (
    FORMATS,
    build,
    check_target,
    export,
    issue,
    save_xlsx,
    validate,
    write_built,
)
from desktop.services.papers.gather import Choices, choices, load_context
from desktop.services.papers.kinds import KINDS, PaperKind, kind_of
from desktop.services.papers.request import Built, PaperRequest

__all__ = ["FORMATS", "KINDS", "Built", "Choices", "PaperKind", "PaperRequest", "build", "check_target", "choices",
           "export", "issue", "kind_of", "load_context", "save_xlsx", "validate", "write_built"]
