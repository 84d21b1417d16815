<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="149" />
        <source>Accept or decline</source>
        <translation>接单或退单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="151" />
        <source>Accepted by the team</source>
        <translation>由队伍接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="152" />
        <source>Accepted by the volunteer</source>
        <translation>由志愿者接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="153" />
        <source>Declined, because</source>
        <translation>退单，原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="164" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="122" />
        <source>Dispatch request</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="124" />
        <source>A team</source>
        <translation>派给队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="124" />
        <source>A volunteer</source>
        <translation>派给志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="125" />
        <source>Escalate to the county (we cannot serve it)</source>
        <translation>上报县中心（本站办不了）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="135" />
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="178" />
        <source>Service done</source>
        <translation>服务完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="180" />
        <source>Record the hours directly</source>
        <translation>直接记录服务时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="181" />
        <source>Linked to an activity (its sign-ins give the hours)</source>
        <translation>关联活动（按活动签到计时长）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="194" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="195" />
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="197" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="198" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="85" />
        <source>New resident's request</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="87" />
        <source>Name of the resident</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="89" />
        <source>Phone (for the call-back)</source>
        <translation>联系电话（回访用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="90" />
        <source>(not on the menu: write it below)</source>
        <translation>（菜单里没有：在下面写明）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="92" />
        <source>What is needed, in the resident's words</source>
        <translation>群众要办的事（照群众原话）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="95" />
        <source>e.g. Saturday morning</source>
        <translation>例如：周六上午</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="99" />
        <source>Print the receipt after saving</source>
        <translation>保存后打印回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="101" />
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="102" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="103" />
        <source>Menu item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="104" />
        <source>Request</source>
        <translation>点单内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="105" />
        <source>Place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="106" />
        <source>Wanted</source>
        <translation>希望时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="107" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="109" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="212" />
        <source>Resident's rating</source>
        <translation>群众评单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="227" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="228" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="229" />
        <source>An unsatisfied rating reopens the request for your follow-up.</source>
        <translation>评价为“不满意”时，单子会重新打开，请站长跟进。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="230" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="64" />
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="64" />
        <source>Taken</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="64" />
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="64" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Request</source>
        <translation>点单内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="65" />
        <source>Served by</source>
        <translation>接单队伍/志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="87" />
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="88" />
        <source> (conflict)</source>
        <translation>（有冲突）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="90" />
        <source>county</source>
        <translation>县中心</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="111" />
        <source>Residents' requests</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="115" />
        <source>New request…</source>
        <translation>新点单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="118" />
        <source>Search: request number, name or phone</source>
        <translation>搜索：单号、姓名或电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="126" />
        <source>New</source>
        <translation>待派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="126" />
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="127" />
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="127" />
        <source>Waiting for a rating</source>
        <translation>待评单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="128" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="128" />
        <source>Overdue</source>
        <translation>超时未接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="129" />
        <source>Conflicts</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="129" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="158" />
        <location filename="../../desktop/ui/requests/page.py" line="220" />
        <source>Pick a request to see its history.</source>
        <translation>选择一张点单，查看办理经过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="163" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="163" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="163" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="163" />
        <source>Who</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="171" />
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="171" />
        <source>Accept / decline…</source>
        <translation>接单/退单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="172" />
        <source>Done…</source>
        <translation>服务完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="172" />
        <source>Rating…</source>
        <translation>评单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="173" />
        <source>Receipt PDF…</source>
        <translation>回执 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="174" />
        <source>Half-A4 receipt…</source>
        <translation>半张 A4 回执…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="175" />
        <source>Settle conflict…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="175" />
        <source>Cancel request</source>
        <translation>取消点单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="201" />
        <source>{0} requests shown.</source>
        <translation>共 {0} 张点单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="228" />
        <source>Resident: {0} {1}</source>
        <translation>群众：{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="229" />
        <source>State: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="231" />
        <source>Next to act: {0}</source>
        <translation>下一步由：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="231" />
        <source>county</source>
        <translation>县中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="234" />
        <source>Answer due by {0}</source>
        <translation>应在 {0} 前答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="235" />
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="237" />
        <source>Accepted twice: {0}. Pick one with Settle conflict.</source>
        <translation>重复接单：{0}。请用“处理冲突”选定一支。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="277" />
        <source>Request {0} recorded.</source>
        <translation>已记录点单 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="301" />
        <source>Keep: {0}</source>
        <translation>选定：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="314" />
        <source>Save the receipt</source>
        <translation>保存点单回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/page.py" line="326" />
        <source>Receipt saved: {0}</source>
        <translation>回执已保存：{0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="244" />
        <source>Settle a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="248" />
        <source>Keep / acknowledge</source>
        <translation>选定/确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="249" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="250" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../desktop/ui/requests/dialogs.py" line="65" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="0" />
        <source>Residents' requests waiting</source>
        <translation>待办群众点单</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/home.py" line="0" />
        <source>Requests past their response time</source>
        <translation>超时未接的点单</translation>
    </message>
</context>
</TS>