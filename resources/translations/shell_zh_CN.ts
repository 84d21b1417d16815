<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="106" />
        <source>Station Desk</source>
        <translation>实践站工作台</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="130" />
        <source>Details were written to {0}.</source>
        <translation>详细信息已记录在 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops.py" line="131" />
        <source>An internal error occurred ({0}). Your saved data is safe. {1} Please send this file to the county centre's technician.</source>
        <translation>程序出现内部错误（{0}）。已保存的数据不受影响。{1}请把这个文件发给县中心的技术人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops.py" line="152" />
        <source>Station Desk</source>
        <translation>实践站工作台</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="25" />
        <source>Welcome to Station Desk</source>
        <translation>欢迎使用实践站工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="28" />
        <source>This PC has no station yet. Fill in your station's details to begin. You can change them later in Settings.</source>
        <translation>本机还没有建立实践站。请先填写实践站信息，以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="34" />
        <source>e.g. Xinzhuang Village New-Era Civilization Practice Station</source>
        <translation>例如：新庄村新时代文明实践站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="37" />
        <source>Nine teams (district plan)</source>
        <translation>九支队伍（理论宣讲、文明风尚等）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="38" />
        <source>Eight teams (Changzhi plan)</source>
        <translation>八支队伍（理论政策宣讲、文化文艺服务等）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="39" />
        <source>No preset teams</source>
        <translation>不预设队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="40" />
        <source>Station name *</source>
        <translation>实践站名称 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="41" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="42" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="43" />
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="44" />
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="45" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="46" />
        <source>Preset teams</source>
        <translation>预设志愿服务队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="53" />
        <source>Create station</source>
        <translation>建立实践站</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115" />
        <source>Station Desk</source>
        <translation>实践站工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280" />
        <source>(no station yet)</source>
        <translation>（尚未建立实践站）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281" />
        <source>Station: {0}</source>
        <translation>实践站：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282" />
        <source>Changes not yet synced: {0}</source>
        <translation>待同步修改：{0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283" />
        <source>Station Desk — {0}</source>
        <translation>实践站工作台 — {0}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="85" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="86" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="87" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="88" />
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="89" />
        <source>Requests</source>
        <translation>点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="90" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="91" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="92" />
        <source>Star rating</source>
        <translation>星级自查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="93" />
        <source>Star-rating self-check and the evidence pack for inspections.</source>
        <translation>星级评定自查，以及迎检用的台账资料包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="94" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="95" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="96" />
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="97" />
        <source>Plan and record activities, with a month calendar.</source>
        <translation>计划和记录文明实践活动，按月查看活动日历。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="98" />
        <source>Kiosk sign-in for volunteers at the station PC.</source>
        <translation>在站点电脑上为志愿者签到、签退（签到台）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="99" />
        <source>Residents' requests: request, dispatch, accept, rate.</source>
        <translation>群众点单、中心派单、志愿者接单、群众评单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="100" />
        <source>Points and the time bank ledger.</source>
        <translation>志愿服务积分与时间银行台账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="101" />
        <source>Registers, sign-in sheets, certificates and monthly figures.</source>
        <translation>登记簿、签到表、服务证明和月度通报。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="102" />
        <source>Two-way sync with the county server.</source>
        <translation>与县中心服务器双向同步。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="44" />
        <source>Volunteers on the roster</source>
        <translation>在册志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="45" />
        <source>Party members among them</source>
        <translation>其中党员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="46" />
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="47" />
        <source>Activities this month</source>
        <translation>本月活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="48" />
        <source>Theory lectures this month</source>
        <translation>本月理论宣讲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="49" />
        <source>Activities this year</source>
        <translation>本年活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="50" />
        <source>Volunteers who have left</source>
        <translation>已退出志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="51" />
        <source>Changes not yet synced</source>
        <translation>待同步修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="52" />
        <source>Residents' requests waiting</source>
        <translation>待办群众点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="53" />
        <source>Requests past their response time</source>
        <translation>超时未接的点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="64" />
        <source>Use the menu on the left: Volunteers for the roster, Settings for the station's details.</source>
        <translation>请使用左侧菜单：“志愿者”管理志愿者台账，“设置”修改实践站信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="78" />
        <source>Station Desk</source>
        <translation>实践站工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="81" />
        <source>Station head: {0}</source>
        <translation>站长：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="36" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="38" />
        <source>Station details</source>
        <translation>实践站信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="40" />
        <source>Station name</source>
        <translation>实践站名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="40" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="40" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="40" />
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="41" />
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="41" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="41" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="47" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="54" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="63" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="64" />
        <source>This PC's id</source>
        <translation>本机编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="66" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="68" />
        <source>Back up to a USB stick or folder…</source>
        <translation>备份到U盘或其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="75" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="79" />
        <source>Clear their personal data…</source>
        <translation>清除他们的个人信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="84" />
        <source>Volunteers who left</source>
        <translation>已退出的志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="98" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="104" />
        <source>The size of the text on every page, dialog and print preview; kept for the account signed in on this PC.</source>
        <translation>所有页面、对话框和打印预览的文字大小；按本机登录的账号分别保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="107" />
        <source>&amp;Type size</source>
        <translation>字号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="136" />
        <source>Only the station head can clear personal data.</source>
        <translation>只有站长可以清除个人信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="143" />
        <source>The county has not set how long their personal data is kept: nothing is cleared.</source>
        <translation>县中心还没有设定已退出志愿者个人信息的保留期限，不会清除任何信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="146" />
        <source>Kept for {0} months after they leave (set by the county); {1} past that still have personal data.</source>
        <translation>退出后保留 {0} 个月（县中心设定）；已超过期限、仍有个人信息的有 {1} 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="154" />
        <source>Clear personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="155" />
        <source>Clear the ID numbers, phones, addresses and notes of the volunteers who left longer ago than the county's period? Their names, teams and service hours stay. This cannot be undone, and every PC of the station and the county follow it.</source>
        <translation>要清除退出时间已超过县中心规定期限的志愿者的身份证号、电话、住址和备注吗？姓名、所在队伍和服务时长会保留。此操作无法撤销，本站其他电脑和县中心也会同步清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="168" />
        <source>Cleared the personal data of {0} volunteers who left.</source>
        <translation>已清除 {0} 名已退出志愿者的个人信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="188" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="192" />
        <source>Choose where to put the backup</source>
        <translation>选择备份保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="201" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="213" />
        <source>Backed up to {0} ({1} KB, {2} new photos).</source>
        <translation>已备份到 {0}（{1} KB，新增照片 {2} 张）。</translation>
    </message>
</context>
<context>
    <name>PagePreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="25" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="87" />
        <source>Showing the first {0} pages; the pages could not be counted. Printing and saving as PDF still include every page.</source>
        <translation>显示前 {0} 页；未能统计总页数。打印和保存为 PDF 仍包含全部页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="90" />
        <source>Showing the first {0} pages; counting the pages ({1}%)...</source>
        <translation>显示前 {0} 页；正在统计总页数（{1}%）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="92" />
        <source>Showing the first {0} pages; counting the pages...</source>
        <translation>显示前 {0} 页；正在统计总页数…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="94" />
        <source>Showing the first {0} of {1} pages; printing and saving include all pages.</source>
        <translation>预览显示前 {0} 页（共 {1} 页）；打印和保存包含全部页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="97" />
        <source>{0} pages</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="43" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/page_preview.py" line="46" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/progress.py" line="67" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TaskRows</name>
    <message>
        <location filename="../../desktop/ui/progress.py" line="105" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="143" />
        <source>Cancelled; no file was written.</source>
        <translation>已取消，没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="158" />
        <source>Pages written</source>
        <translation>已写页数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="160" />
        <source>Counting the pages...</source>
        <translation>正在统计总页数…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="168" />
        <source>Printing...</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="173" />
        <source>Sent {0} pages to the printer.</source>
        <translation>已发送 {0} 页到打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress.py" line="173" />
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
</context>
</TS>