<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="299"/>
        <source>Volunteer leaves</source>
        <translation>志愿者退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="305"/>
        <source>Choose or type the reason</source>
        <translation>选择或填写退出原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="310"/>
        <source>{0} leaves the roster. The record and service hours are kept.</source>
        <translation>“{0}”将退出。记录和服务时长都会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="311"/>
        <source>Reason *</source>
        <translation>退出原因 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="312"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="315"/>
        <source>Confirm exit</source>
        <translation>确认退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="315"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="81"/>
        <source>Assign a household</source>
        <translation>分配联系户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="81"/>
        <source>Edit household</source>
        <translation>修改联系户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="86"/>
        <source>Volunteer: name, initials or phone</source>
        <translation>志愿者：姓名、首字母或电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="93"/>
        <source>Volunteer *</source>
        <translation>志愿者 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="95"/>
        <source>Head of household *</source>
        <translation>户主 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="96"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="97"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="98"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="101"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="133"/>
        <source>Choose the volunteer who looks after this household.</source>
        <translation>请选择联系这一户的志愿者。</translation>
    </message>
</context>
<context>
    <name>HouseholdsView</name>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="186"/>
        <source>Assign a household</source>
        <translation>分配联系户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="187"/>
        <location filename="../../desktop/ui/roster/households.py" line="276"/>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="188"/>
        <source>Edit household</source>
        <translation>修改联系户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="189"/>
        <location filename="../../desktop/ui/roster/households.py" line="286"/>
        <source>Remove household</source>
        <translation>移除联系户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="190"/>
        <source>Only households not visited this month</source>
        <translation>只看本月未走访的户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="196"/>
        <location filename="../../desktop/ui/roster/households.py" line="201"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="196"/>
        <location filename="../../desktop/ui/roster/households.py" line="200"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="196"/>
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="196"/>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="197"/>
        <source>Not yet visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="200"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="200"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="201"/>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="201"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="203"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="204"/>
        <source>visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="204"/>
        <source>due</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="238"/>
        <source>1+10 this month: {0} volunteers look after {1} households; {2} not yet visited.</source>
        <translation>本月 1+10：{0} 名志愿者联系 {1} 户，尚有 {2} 户未走访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="276"/>
        <source>Select a household first.</source>
        <translation>请先选择一户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="287"/>
        <source>Stop looking after the household of {0}? Its visit records are kept.</source>
        <translation>不再联系“{0}”户吗？走访记录会保留。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="100"/>
        <source>Import volunteers</source>
        <translation>导入志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="111"/>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="218"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="112"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="113"/>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="214"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="134"/>
        <source>Choose the roster file (.xlsx, .xls or .csv). The first sheet is read; title rows above the header are fine. Nothing is saved until you press Import.</source>
        <translation>请选择名册文件（.xlsx、.xls 或 .csv）。读取第一个工作表；表头上方有标题行也没关系。按“导入”之前不会保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="140"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="141"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="153"/>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="161"/>
        <source>Check which column holds what. Columns set to “Ignore” are not imported.</source>
        <translation>请核对每一列对应的内容。设为“不导入”的列不会导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="166"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="166"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="167"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="190"/>
        <source>Choose a row of the report to read it in full here.</source>
        <translation>在上面的报告中选中一行，这里显示完整内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="197"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="214"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="214"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="216"/>
        <source>Import {0} people</source>
        <translation>导入 {0} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="218"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="238"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="246"/>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="247"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="283"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="292"/>
        <source>{0}: {1} rows</source>
        <translation>{0}：共 {1} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="315"/>
        <source>Column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="313"/>
        <source>Ignore</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="344"/>
        <source>Two columns are set to “{0}”. Set one of them to “Ignore”.</source>
        <translation>有两列都设成了“{0}”，请把其中一列设为“不导入”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="348"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="354"/>
        <source>{0} rows read: {1} new, {2} already on the roster, {3} repeated in the file, {4} with problems (not imported), {5} warnings. Fix the rows in the report and import the file again: rows already imported are not added twice.</source>
        <translation>共读取 {0} 行：新增 {1} 人，已在台账 {2} 人，文件内重复 {3} 行，有问题未导入 {4} 行，需核对 {5} 处。按报告改正后可再次导入同一文件，已导入的行不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="371"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="375"/>
        <source>Imported {0} people. You can save the report for the rows that need fixing.</source>
        <translation>已导入 {0} 人。需要改正的行可以保存报告，改好后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="384"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="384"/>
        <source>Import report.xlsx</source>
        <translation>导入报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="385"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="390"/>
        <source>Report saved to {0}</source>
        <translation>报告已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="51"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="51"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="51"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="51"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="52"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="78"/>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="78"/>
        <source>, column “{0}”</source>
        <translation>，“{0}”列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="79"/>
        <source>Problem: {0}</source>
        <translation>问题：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="80"/>
        <source>Suggestion: {0}</source>
        <translation>建议：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/import_wizard.py" line="81"/>
        <source>Result: {0}</source>
        <translation>处理结果：{0}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/volunteers.py" line="19"/>
        <source>Volunteer roster</source>
        <translation>志愿者台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteers.py" line="24"/>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteers.py" line="25"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/volunteers.py" line="26"/>
        <source>1+10 households</source>
        <translation>1+10 联户</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="44"/>
        <source>Search: name, pinyin or initials (zs), phone, end of ID number</source>
        <translation>搜索：姓名、拼音或首字母（如 zs）、电话、身份证尾号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="47"/>
        <source>Add volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="48"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="49"/>
        <location filename="../../desktop/ui/roster/roster_view.py" line="230"/>
        <source>Exit…</source>
        <translation>退出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="50"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="51"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="59"/>
        <source>On roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="60"/>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="61"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="64"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="65"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="65"/>
        <source>Tag</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="68"/>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="157"/>
        <source>All teams</source>
        <translation>全部队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="158"/>
        <source>Party members (incl. probationary)</source>
        <translation>党员（含预备党员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="159"/>
        <source>Any political status</source>
        <translation>全部政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="160"/>
        <source>All tags</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="200"/>
        <source>{0} of {1} people</source>
        <translation>{0} / {1} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="229"/>
        <location filename="../../desktop/ui/roster/roster_view.py" line="269"/>
        <source>Re-activate</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="270"/>
        <source>Put {0} back on the roster?</source>
        <translation>恢复“{0}”为在册志愿者吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="294"/>
        <source>Export roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="294"/>
        <source>Volunteer roster.xlsx</source>
        <translation>志愿者名册.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="295"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="302"/>
        <source>Exporting the roster…</source>
        <translation>正在导出名册…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/roster_view.py" line="306"/>
        <source>Exported {0} people to {1}</source>
        <translation>已导出 {0} 人到 {1}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="77"/>
        <source>New team</source>
        <translation>新建队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="77"/>
        <source>Edit team</source>
        <translation>修改队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="80"/>
        <source>e.g. 理论宣讲志愿服务队</source>
        <translation>例如：理论宣讲志愿服务队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="82"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="83"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="86"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="47"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="47"/>
        <source>Active members</source>
        <translation>在册人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="47"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TeamsView</name>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="106"/>
        <source>The teams came from your county&apos;s preset; rename, add or remove them to match your station. Removing a team keeps its members and past records.</source>
        <translation>队伍来自本县的预设，可按本站实际改名、新建或删除。删除队伍不影响队员和过去的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="111"/>
        <source>New team</source>
        <translation>新建队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="112"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="113"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="114"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="115"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="120"/>
        <source>District plan: nine teams</source>
        <translation>区县方案：九支队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="121"/>
        <source>Changzhi: eight teams</source>
        <translation>长治方案：八支队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="122"/>
        <source>Add missing preset teams</source>
        <translation>补齐预设队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="180"/>
        <source>Added: {0}</source>
        <translation>已添加：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="180"/>
        <source>All teams of this preset are already here.</source>
        <translation>这个预设的队伍都已经有了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="188"/>
        <source>Remove team</source>
        <translation>删除队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/teams.py" line="189"/>
        <source>Remove {0}? Its {1} members stay on the roster; past activities keep the team name.</source>
        <translation>删除“{0}”吗？其 {1} 名队员仍在台账中，过去的活动保留队伍名称。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="149"/>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="151"/>
        <source>{0} visits the household of {1}.</source>
        <translation>{0} 走访 {1} 户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="158"/>
        <source>What was done or found (optional)</source>
        <translation>走访内容或发现的问题（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="159"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="160"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="163"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/households.py" line="163"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="63"/>
        <source>Add volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="63"/>
        <source>Edit volunteer</source>
        <translation>修改志愿者信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="68"/>
        <source>18 characters; the last may be X</source>
        <translation>18 位，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="72"/>
        <location filename="../../desktop/ui/roster/dialogs.py" line="81"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="95"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="96"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="98"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="99"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="100"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="102"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="103"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="104"/>
        <source>Tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="105"/>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="106"/>
        <source>Joined on</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="107"/>
        <source>Platform number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="108"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="109"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="116"/>
        <source>Open that record</source>
        <translation>打开那条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="117"/>
        <location filename="../../desktop/ui/roster/dialogs.py" line="234"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="126"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="130"/>
        <source>Left the roster on {0}: {1}. Use “Re-activate” in the roster to bring this volunteer back.</source>
        <translation>已于 {0} 退出：{1}。如需恢复，请在名册中点“恢复在册”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="166"/>
        <source>{0} of 18 characters</source>
        <translation>已输入 {0} 位，共 18 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="169"/>
        <source>Valid: born {0}, {1}</source>
        <translation>号码有效：{0} 出生，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="185"/>
        <source>Valid</source>
        <translation>格式正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="213"/>
        <source>on roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="213"/>
        <source>left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="214"/>
        <source>Looks like a person already on the roster: {0} ({1}, phone {2}, ID ending {3}, {4}).</source>
        <translation>台账中可能已有此人：{0}（{1}，电话 {2}，身份证尾号 {3}，{4}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/roster/dialogs.py" line="235"/>
        <source>Merge the other record of {0} into this one? Its teams, tags and households move here, and the other record is removed.</source>
        <translation>把“{0}”的另一条记录合并到这一条吗？其队伍、类别和联系户将并入这里，另一条记录将被删除。</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="83"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="83"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="83"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="84"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="84"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="84"/>
        <source>Tags</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="84"/>
        <source>Hours this year</source>
        <translation>本年时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="85"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="85"/>
        <source>Joined</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="86"/>
        <source>On roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="86"/>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/volunteer_model.py" line="331"/>
        <source>Left on {0}: {1}</source>
        <translation>{0} 退出：{1}</translation>
    </message>
</context>
</TS>
