"""One print job through a real CUPS queue, as a station head sends it: the print dialog on the queue, its
"Pages" box filled, accepted, and the job run in this process or in a child (desktop.printing.isolated, as
the reports page prints). Run by tests/ui/test_cups_print.py in a process of its own, so that libcups reads
CUPS_SERVER (the test's own cupsd) fresh: a process that asked CUPS for printers before keeps the server it
found then.

    python tests/ui/cups_job.py QUEUE PAGES in-process|child COUNT   # prints a JSON line
"""

from __future__ import annotations

import json
import os
import sys


def main(queue: str, pages: str, mode: str, count: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from long_papers import register_like
    from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

    from desktop.printing import isolated
    from desktop.printing.print_job import page_ranges, print_dialog
    from desktop.ui.i18n import install_translators

    app = QApplication([])
    install_translators(app, "zh_CN")
    jobs: list = []
    dialog = print_dialog(register_like(count), None, run=jobs.append)
    printer = dialog._printer
    chosen = printer.printerName()
    dialog.findChild(QRadioButton, "pagesRadioButton").setChecked(True)
    dialog.findChild(QLineEdit, "pagesLineEdit").setText(pages)
    dialog.accept()
    seen = page_ranges(printer)  # what the dialog left: CUPS's own page-ranges option, not QPrinter's range
    job = jobs[0]
    if mode == "child":
        sent = isolated.print_paper(job.paper, isolated.printer_settings(job.printer), setup=install_translators)
    else:
        sent = job()
    del printer, job, jobs
    print(json.dumps({"printer": chosen, "queue": queue, "ranges": seen, "sent": sent}))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
