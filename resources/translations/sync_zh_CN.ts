<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="33" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="46" />
        <source>County server</source>
        <translation>县中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="49" />
        <source>Connected to</source>
        <translation>已连接到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="55" />
        <source>Only if the county uses its own certificate</source>
        <translation>仅当县中心使用内部证书时填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="56" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="61" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="62" />
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="63" />
        <source>Certificate file (CA)</source>
        <translation>证书文件（CA）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="64" />
        <source>Enrol this PC</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="72" />
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="78" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="79" />
        <source>Changes waiting to upload</source>
        <translation>待上传的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="80" />
        <source>Photos waiting to upload</source>
        <translation>待上传的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="83" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="85" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="95" />
        <source>Sync automatically when the county server can be reached</source>
        <translation>能连上县中心服务器时自动同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="105" />
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="106" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="112" />
        <source>Enrolling and downloading the station's data…</source>
        <translation>正在注册并下载本站数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="117" />
        <source>Enrolled: {0}.</source>
        <translation>已注册：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="134" />
        <source>not enrolled</source>
        <translation>尚未注册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="137" />
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="164" />
        <source>Done: uploaded {0}, downloaded {1}, merged {2}; photos uploaded {3}, already there {4}.</source>
        <translation>同步完成：上传 {0} 条，下载 {1} 条，合并 {2} 条；照片上传 {3} 张，服务器已有 {4} 张。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="175" />
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="176" />
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="177" />
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="178" />
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="179" />
        <source>Uploading photos</source>
        <translation>正在上传照片</translation>
    </message>
</context>
<context>
    <name>SyncStatusIndicator</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="139" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="145" />
        <source>Not connected to the county server</source>
        <translation>未连接县中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="146" />
        <source>Enrol this PC on the Sync page.</source>
        <translation>请在“同步”页注册本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="148" />
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="149" />
        <source>Last sync: {0} · waiting: {1} changes, {2} photos</source>
        <translation>上次同步：{0} · 待上传：{1} 条修改，{2} 张照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="152" />
        <source>check the PC clock</source>
        <translation>请校正电脑时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="157" />
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
</context>
</TS>