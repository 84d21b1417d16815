<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="43" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="54" />
        <source>County server</source>
        <translation>县中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="57" />
        <source>Connected to</source>
        <translation>已连接到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="63" />
        <source>Only if the county uses its own certificate</source>
        <translation>仅当县中心使用内部证书时填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="64" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="69" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="70" />
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="71" />
        <source>Certificate file (CA)</source>
        <translation>证书文件（CA）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="72" />
        <source>Enrol this PC</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="80" />
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="86" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="87" />
        <source>Changes waiting to upload</source>
        <translation>待上传的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="88" />
        <source>Photos waiting to upload</source>
        <translation>待上传的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="92" />
        <source>Show them…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="107" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="109" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="119" />
        <source>Sync automatically when the county server can be reached</source>
        <translation>能连上县中心服务器时自动同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="129" />
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="130" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="136" />
        <source>Enrolling and downloading the station's data…</source>
        <translation>正在注册并下载本站数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="141" />
        <source>Enrolled: {0}.</source>
        <translation>已注册：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="158" />
        <source>not enrolled</source>
        <translation>尚未注册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="161" />
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="176" />
        <source>Data with problems</source>
        <translation>有问题的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="178" />
        <source>These entries from the county server could not be used on this PC. Everything else has been synced. They have been reported to the county and are tried again after the app is updated.</source>
        <translation>下面这些来自县中心的数据无法在本机使用，其余数据都已正常同步。这些数据已报告县中心，软件更新后会再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="184" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="184" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="184" />
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="184" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="214" />
        <source>Done: uploaded {0}, downloaded {1}, merged {2}; photos uploaded {3}, already there {4}.</source>
        <translation>同步完成：上传 {0} 条，下载 {1} 条，合并 {2} 条；照片上传 {3} 张，服务器已有 {4} 张。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="225" />
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="226" />
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="227" />
        <source>Merging</source>
        <translation>正在合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="228" />
        <source>Checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync_page.py" line="229" />
        <source>Uploading photos</source>
        <translation>正在上传照片</translation>
    </message>
</context>
<context>
    <name>SyncStatusIndicator</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="138" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="144" />
        <source>Not connected to the county server</source>
        <translation>未连接县中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="145" />
        <source>Enrol this PC on the Sync page.</source>
        <translation>请在“同步”页注册本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="147" />
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="148" />
        <source>Last sync: {0} · waiting: {1} changes, {2} photos</source>
        <translation>上次同步：{0} · 待上传：{1} 条修改，{2} 张照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="151" />
        <source>check the PC clock</source>
        <translation>请校正电脑时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="156" />
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
</context>
</TS>