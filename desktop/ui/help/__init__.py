"""Help: a topic per page in a side panel (F1 or the 帮助 button), hints in place, a
first-run tour over the real pages, and the printed manual built from the same topics.

The topics are HTML files in resources/help/<lang>/<page key>.html (Chinese content, kept
out of the code so the one translation system's rule "no Chinese literal in code" holds;
tests/unit/test_i18n.py scans only .py files). A topic names the page's controls as
<b class="ui">visible label</b> or <b class="ui" data-object="objectName">…</b>;
tests/ui/test_help.py fails when such a control no longer exists on the page.
"""
