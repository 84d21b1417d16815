<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityCalendar</name>
    <message>
        <location filename="../../desktop/ui/activities/calendar.py" line="21"/>
        <source>Concentrated day</source>
        <translation>集中活动日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/calendar.py" line="22"/>
        <source>+{0} more</source>
        <translation>另有{0}项</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="43"/>
        <location filename="../../desktop/ui/activities/detail.py" line="126"/>
        <source>Choose an activity on the left.</source>
        <translation>请在左侧选择一个活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="52"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="54"/>
        <source>Mark held</source>
        <translation>标记为已开展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="56"/>
        <source>Mark recorded</source>
        <translation>标记为已记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="57"/>
        <source>Those who forgot to sign out are signed out at the end, flagged.</source>
        <translation>忘记签退的人将按活动结束时间自动签退，并标记待核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="59"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="68"/>
        <source>Print the sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="69"/>
        <source>Reports page, with this activity chosen: blank before the activity, filled once it is held</source>
        <translation>转到报表页并选好本活动：活动前为空白签到表，开展后为已填的签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="72"/>
        <source>Activity record</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="73"/>
        <source>Reports page, with this activity chosen: the record with its photos</source>
        <translation>转到报表页并选好本活动：带照片的活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="75"/>
        <source>Open the sign-in desk</source>
        <translation>开启签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="76"/>
        <source>The full-screen sign-in desk for this activity</source>
        <translation>为本活动开启全屏签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="84"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="97"/>
        <source>Correct hours…</source>
        <translation>更正时长…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="99"/>
        <source>Year&apos;s hours…</source>
        <translation>全年时长…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="100"/>
        <source>The volunteer&apos;s hours by month, active status and manual entries</source>
        <translation>这位志愿者的逐月时长、活跃状态和补录记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="105"/>
        <source>Enter a paper sheet…</source>
        <translation>补录纸质签到表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="106"/>
        <source>The activity was signed in on paper: tick everyone on the sheet (saved as back-entered, with your name)</source>
        <translation>活动在纸上签到的：勾选签到表上的每一位（保存为“补录”，并记下您的名字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="113"/>
        <source>Sign-ins and hours</source>
        <translation>签到与时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="138"/>
        <source> · theory lecture</source>
        <translation> · 理论宣讲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="141"/>
        <source>State: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="142"/>
        <source>Residents reached: {0}</source>
        <translation>覆盖群众：{0} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="144"/>
        <source>Paired unit: {0}</source>
        <translation>结对共建单位：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="160"/>
        <source>{0} people, {1:.1f} hours in all</source>
        <translation>共 {0} 人，合计 {1:.1f} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="162"/>
        <source>; {0} signed out automatically, please check</source>
        <translation>；其中 {0} 人为自动签退，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/detail.py" line="200"/>
        <location filename="../../desktop/ui/activities/detail.py" line="210"/>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一个人。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="55"/>
        <source>Edit activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="55"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="66"/>
        <location filename="../../desktop/ui/activities/dialog.py" line="116"/>
        <source>{0} · theory lecture</source>
        <translation>{0} · 理论宣讲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="67"/>
        <source>Choose “… · theory lecture” for a theory lecture: it counts towards the monthly theory-lecture target</source>
        <translation>理论宣讲请选“…… · 理论宣讲”：它计入每月理论宣讲的目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="70"/>
        <source>(no team)</source>
        <translation>（不指定队伍）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="84"/>
        <source>What was done, who took part, what came of it</source>
        <translation>活动内容、参加人员、取得的效果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="85"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="86"/>
        <source>Category</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="87"/>
        <source>Organising team</source>
        <translation>组织队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="88"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="89"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="90"/>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="91"/>
        <source>Residents reached</source>
        <translation>覆盖群众人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="92"/>
        <source>Paired unit</source>
        <translation>结对共建单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="93"/>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/dialog.py" line="94"/>
        <source>Content</source>
        <translation>活动内容</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="27"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="27"/>
        <source>Category</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="28"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="28"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="29"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="29"/>
        <source>Residents</source>
        <translation>覆盖群众</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="29"/>
        <source>Sign-ins</source>
        <translation>签到人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="32"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="32"/>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="32"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="79"/>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="81"/>
        <source> · theory lecture</source>
        <translation> · 理论宣讲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="84"/>
        <source> (record overdue)</source>
        <translation>（逾期未记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="102"/>
        <source>Held more than 10 working days ago and still not recorded.</source>
        <translation>开展已超过10个工作日仍未记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/model.py" line="104"/>
        <source>Concentrated activity day (first Saturday of the month)</source>
        <translation>集中活动日（每月第一个星期六）</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="18"/>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="18"/>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="18"/>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="19"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="55"/>
        <source>Back-entered from the paper sheet</source>
        <translation>补录（纸质签到表）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="57"/>
        <source>Signed out automatically: please check</source>
        <translation>自动签退，请核对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="58"/>
        <source>Signed out long after the end: please check</source>
        <translation>结束很久后才签退，请核对</translation>
    </message>
</context>
<context>
    <name>BackEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="145"/>
        <source>Enter a paper sign-in sheet</source>
        <translation>补录纸质签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="154"/>
        <source>Find: name, pinyin initials or phone digits; Enter ticks the one found</source>
        <translation>查找：姓名、拼音首字母或手机号；只找到一人时按回车即勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="159"/>
        <source>Default times</source>
        <translation>默认时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="191"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="193"/>
        <location filename="../../desktop/ui/activities/back_entry.py" line="227"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="206"/>
        <source>{0}  ·  {1} – {2}. Tick everyone who signed the paper sheet; their times are the activity&apos;s unless you change them.</source>
        <translation>{0}  ·  {1} – {2}。勾选纸质签到表上签了名的每一位；时间默认为活动的起止时间，可逐行修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="226"/>
        <source>{0} ticked</source>
        <translation>已勾选 {0} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="227"/>
        <source>Save {0} sign-ins as back-entered</source>
        <translation>保存补录（{0} 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="250"/>
        <source>{0} people found: tick the right one in the list.</source>
        <translation>找到 {0} 人，请在列表中勾选。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="70"/>
        <source>Correct service hours</source>
        <translation>更正服务时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="72"/>
        <source>{0}: now {1}. Enter minutes to add (negative to take off).</source>
        <translation>{0}：目前 {1}。请输入要增加的分钟数（负数表示扣减）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="78"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="80"/>
        <source>e.g. signed the paper sheet, left early</source>
        <translation>例如：在纸质签到表上签到、提前离场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="81"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/attendance.py" line="82"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="122"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="124"/>
        <source>Add a folder or USB stick…</source>
        <translation>添加整个文件夹或U盘…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="126"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="145"/>
        <source>Drag photos or a folder here, or use the buttons above.</source>
        <translation>把照片或文件夹拖到这里，或使用上方按钮。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="173"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="174"/>
        <source>Images ({0})</source>
        <translation>图片（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="179"/>
        <source>Add every photo in a folder</source>
        <translation>添加文件夹中的全部照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="187"/>
        <source>Adding photos…</source>
        <translation>正在添加照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="199"/>
        <source>Resizing photos…</source>
        <translation>正在压缩照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="208"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/gallery.py" line="221"/>
        <source>Select a photo first.</source>
        <translation>请先选择一张照片。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="61"/>
        <source>Activities</source>
        <translation>活动管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="63"/>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="89"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="97"/>
        <source>★ / orange: concentrated activity day (first Saturday). Double-click a day to plan an activity on it.</source>
        <translation>★ / 橙色：集中活动日（每月第一个星期六）。双击某一天可在当天安排活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="102"/>
        <source>Month calendar</source>
        <translation>月历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="124"/>
        <source>{0} activities</source>
        <translation>共 {0} 场活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="128"/>
        <source>{0} activities were held more than 10 working days ago and are not recorded yet (the record rules ask for 10 working days): {1}</source>
        <translation>有 {0} 场活动开展已超过10个工作日仍未记录（记录规范要求10个工作日内完成）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="186"/>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/activities.py" line="187"/>
        <source>Delete “{0}”? Its sign-ins and photos stay on record.</source>
        <translation>删除“{0}”？其签到记录和照片仍会保留。</translation>
    </message>
</context>
<context>
    <name>PaperModel</name>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="50"/>
        <source>Signed the paper</source>
        <translation>纸质表上已签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="50"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="50"/>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="50"/>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="111"/>
        <source>already signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/back_entry.py" line="118"/>
        <source>Double-click to change this person&apos;s time (like 09:30)</source>
        <translation>双击可修改此人的时间（如 09:30）</translation>
    </message>
</context>
<context>
    <name>VolunteerHoursDialog</name>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="36"/>
        <source>Service hours: {0}</source>
        <translation>服务时长：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="40"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="57"/>
        <source>Month {0}</source>
        <translation>{0}月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="64"/>
        <source>Manual entries and corrections</source>
        <translation>补录与更正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="72"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="77"/>
        <source>Why: e.g. service recorded on paper</source>
        <translation>原因：例如纸质记录补录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="78"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="79"/>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="80"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="83"/>
        <source>Add entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="85"/>
        <source>Void selected entry</source>
        <translation>作废选中的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="107"/>
        <source>active volunteer</source>
        <translation>活跃志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="107"/>
        <source>not yet active</source>
        <translation>未达活跃标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="108"/>
        <source>{0}: {1} in {2} ({3})</source>
        <translation>{0}：{2}年共 {1}（{3}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="111"/>
        <source>{0}% of the {1}-hour target</source>
        <translation>已完成 {1} 小时目标的 {0}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities/volunteer_hours.py" line="144"/>
        <source>Select an entry to void first.</source>
        <translation>请先选择要作废的记录。</translation>
    </message>
</context>
</TS>
