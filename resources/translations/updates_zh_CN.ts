<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>UpdateBanner</name>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="21" />
        <source>Download the new version from the county server and install it</source>
        <translation>从县中心下载新版本并安装</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="31" />
        <source>New version {0}: click to update</source>
        <translation>有新版本 {0}，点此更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="35" />
        <location filename="../../desktop/ui/update_banner.py" line="45" />
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="36" />
        <source>Version {0} is available at the county server (this PC has {1}).

Download it now? Your station's data is not changed by an update.</source>
        <translation>县中心有新版本 {0}（本机是 {1}）。

现在下载吗？更新不会改动本站的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="41" />
        <source>Downloading version {0}…</source>
        <translation>正在下载新版本 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/update_banner.py" line="46" />
        <source>The new version was downloaded and its signature checked.

Close Station Desk and install it now?</source>
        <translation>新版本已下载，签名核对无误。

现在关闭实践站工作台并安装吗？</translation>
    </message>
</context>
</TS>