<?xml version='1.0' encoding='utf-8'?>
<!-- Texts of Qt's own dialogs that the qtbase_zh_CN.qm shipped with PySide6 lacks (its file dialog and
     page setup gained mnemonics, "&Look in:", after the catalog was made). Written by hand, not by
     lupdate; loaded after Qt's catalog, so these win. tests/ui/test_qt_dialogs.py finds new gaps. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
</TS>
