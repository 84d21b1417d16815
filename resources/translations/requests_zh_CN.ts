<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="162" />
        <source>Accept or decline</source>
        <translation>接单或退单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="164" />
        <source>Accepted by the team</source>
        <translation>由队伍接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="165" />
        <source>Accepted by the volunteer</source>
        <translation>由志愿者接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="166" />
        <source>Declined, because</source>
        <translation>退单，原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="177" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="135" />
        <source>Dispatch request</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="137" />
        <source>A team</source>
        <translation>派给队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="137" />
        <source>A volunteer</source>
        <translation>派给志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="138" />
        <source>Escalate to the county (we cannot serve it)</source>
        <translation>上报县中心（本站办不了）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="148" />
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="191" />
        <source>Service done</source>
        <translation>服务完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="193" />
        <source>Record the hours directly</source>
        <translation>直接记录服务时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="194" />
        <source>Linked to an activity (its sign-ins give the hours)</source>
        <translation>关联活动（按活动签到计时长）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="207" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="208" />
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="210" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="211" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="97" />
        <source>New resident's request</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="100" />
        <source>Name of the resident</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="102" />
        <source>Phone (for the call-back)</source>
        <translation>联系电话（回访用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="103" />
        <source>(not on the menu: write it below)</source>
        <translation>（菜单里没有：在下面写明）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="105" />
        <source>What is needed, in the resident's words</source>
        <translation>群众要办的事（照群众原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="108" />
        <source>e.g. Saturday morning</source>
        <translation>例如：周六上午</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="112" />
        <source>Print the receipt after saving</source>
        <translation>保存后打印回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="114" />
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="115" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="116" />
        <source>Menu item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="117" />
        <source>Request</source>
        <translation>点单内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="118" />
        <source>Place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="119" />
        <source>Wanted</source>
        <translation>希望时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="120" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="122" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="275" />
        <source>Monthly request ledger</source>
        <translation>群众点单台账（按月）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="283" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="284" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="286" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="286" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="225" />
        <source>Resident's rating</source>
        <translation>群众评单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="240" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="241" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="242" />
        <source>An unsatisfied rating reopens the request for your follow-up.</source>
        <translation>评价为“不满意”时，单子会重新打开，请站长跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="243" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Taken</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="66" />
        <source>Request</source>
        <translation>点单内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="66" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="66" />
        <source>Served by</source>
        <translation>接单队伍/志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="88" />
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="89" />
        <source> (conflict)</source>
        <translation>（有冲突）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="91" />
        <source>county</source>
        <translation>县中心</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="113" />
        <source>Residents' requests</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="117" />
        <source>New request…</source>
        <translation>新点单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="120" />
        <source>Search: request number, name or phone</source>
        <translation>搜索：单号、姓名或电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="122" />
        <source>Monthly ledger…</source>
        <translation>点单台账…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="131" />
        <source>New</source>
        <translation>待派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="131" />
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="132" />
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="132" />
        <source>Waiting for a rating</source>
        <translation>待评单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="133" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="133" />
        <source>Overdue</source>
        <translation>超时未接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="134" />
        <source>Conflicts</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="134" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="171" />
        <location filename="../../desktop/ui/requests/page.py" line="235" />
        <source>Pick a request to see its history.</source>
        <translation>选择一张点单，查看办理经过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="176" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="176" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="176" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="176" />
        <source>Who</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="186" />
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="186" />
        <source>Accept / decline…</source>
        <translation>接单/退单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="187" />
        <source>Done…</source>
        <translation>服务完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="187" />
        <source>Rating…</source>
        <translation>评单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="188" />
        <source>Receipt PDF…</source>
        <translation>回执 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="189" />
        <source>Half-A4 receipt…</source>
        <translation>半张 A4 回执…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="190" />
        <source>Settle conflict…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="190" />
        <source>Cancel request</source>
        <translation>取消点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="216" />
        <source>{0} requests shown.</source>
        <translation>共 {0} 张点单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="243" />
        <source>Resident: {0} {1}</source>
        <translation>群众：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="244" />
        <source>State: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="246" />
        <source>Next to act: {0}</source>
        <translation>下一步由：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="246" />
        <source>county</source>
        <translation>县中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="249" />
        <source>Answer due by {0}</source>
        <translation>应在 {0} 前答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="250" />
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="252" />
        <source>Accepted twice: {0}. Pick one with Settle conflict.</source>
        <translation>重复接单：{0}。请用“处理冲突”选定一支。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="292" />
        <source>Request {0} recorded.</source>
        <translation>已记录点单 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="316" />
        <source>Keep: {0}</source>
        <translation>选定：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="329" />
        <source>Save the receipt</source>
        <translation>保存点单回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="330" />
        <source>request-receipt-{0}.pdf</source>
        <translation>点单回执-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="343" />
        <source>request-ledger-{0}-{1:02d}.{2}</source>
        <translation>点单台账-{0}-{1:02d}.{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="344" />
        <source>Save the ledger</source>
        <translation>保存点单台账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="357" />
        <source>Ledger saved: {0}</source>
        <translation>台账已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="372" />
        <source>Receipt saved: {0}</source>
        <translation>回执已保存：{0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="257" />
        <source>Settle a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="261" />
        <source>Keep / acknowledge</source>
        <translation>选定/确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="262" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="263" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>