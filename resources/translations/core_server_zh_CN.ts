<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>server.accounts</name>
    <message>
        <source>The key is malformed.</source>
        <translation>密钥格式不对。</translation>
    </message>
    <message>
        <source>This station&apos;s PC has not given its data key to the county yet (it must sync once first), so the password cannot be reset.</source>
        <translation>这个实践站的电脑还没有把数据密钥交给县中心（需要先同步一次），无法重置密码。</translation>
    </message>
    <message>
        <source>The reset code is wrong. Check it with the county.</source>
        <translation>重置码不对。请向县中心核对重置码。</translation>
    </message>
    <message>
        <source>The reset code is used, expired or was mistyped too often. Ask the county for a new one.</source>
        <translation>重置码已经用过、已过期或输错次数太多。请向县中心申请新的重置码。</translation>
    </message>
    <message>
        <source>The county has no data key for this station.</source>
        <translation>县中心没有这个站点的数据密钥。</translation>
    </message>
    <message>
        <source>The account check did not open (sealed for another county key?). Sync this PC again.</source>
        <translation>账号核验信息打不开（可能是按另一个县中心密钥封装的）。请让这台电脑再同步一次。</translation>
    </message>
    <message>
        <source>The county knows no password for this account of this station (it was made on a PC that has not synced since, or switched off).</source>
        <translation>县中心没有这个站点这个账号的密码记录（账号是在一台之后没再同步的电脑上建的，或已停用）。</translation>
    </message>
    <message>
        <source>This account is switched off at its station.</source>
        <translation>这个账号已在本站停用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in {n} seconds.</source>
        <translation>密码错误次数太多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong password for this account.</source>
        <translation>这个账号的密码不对。</translation>
    </message>
    <message>
        <source>The sync credentials are missing. Enrol this PC first with the code from the county centre.</source>
        <translation>缺少同步凭据。请先用县中心发的注册码注册本机。</translation>
    </message>
    <message>
        <source>station accounts: reset codes, log</source>
        <translation>站点账号：重置码、记录</translation>
    </message>
    <message>
        <source>make a one-time password reset code for a station account</source>
        <translation>为站点的某个账号生成一次性密码重置码</translation>
    </message>
    <message>
        <source>see the key escrow and reset log</source>
        <translation>查看密钥托管与重置记录</translation>
    </message>
    <message>
        <source>Reset code: {code} (valid for {hours} hours, once)</source>
        <translation>重置码：{code}（{hours} 小时内有效，只能用一次）</translation>
    </message>
</context>
<context>
    <name>server.app</name>
    <message>
        <source>Station Desk county server</source>
        <translation>实践站工作台 县中心服务器 (Station Desk county server)</translation>
    </message>
    <message>
        <source>No such address.</source>
        <translation>没有这个地址。</translation>
    </message>
    <message>
        <source>The request was not accepted ({detail}).</source>
        <translation>请求未被接受（{detail}）。</translation>
    </message>
    <message>
        <source>The request is malformed: {where}</source>
        <translation>请求格式不对：{where}</translation>
    </message>
    <message>
        <source>The sync credentials are missing. Enrol this PC first with the code from the county centre.</source>
        <translation>缺少同步凭据。请先用县中心发的注册码注册本机。</translation>
    </message>
    <message>
        <source>This server sends snapshots in version {ours}, not {theirs}; the PC downloads the log instead.</source>
        <translation>本服务器发送的快照为第 {ours} 版，不是第 {theirs} 版；电脑将改为下载日志。</translation>
    </message>
</context>
<context>
    <name>server.blobs</name>
    <message>
        <source>The photo upload lacks a correct checksum.</source>
        <translation>上传照片缺少正确的校验值。</translation>
    </message>
    <message>
        <source>The photo is too large (the limit is 20 MB).</source>
        <translation>照片太大（上限 20 MB）。</translation>
    </message>
    <message>
        <source>This station&apos;s photo space at the county is full ({used} used, limit {quota}); this photo was not uploaded yet. Ask the county for more space; the photo stays on this PC.</source>
        <translation>本实践站在县中心的照片空间已满（已用 {used}，上限 {quota}），这张照片暂未上传。请联系县中心扩大空间；照片仍保存在本机。</translation>
    </message>
    <message>
        <source>The photo was damaged on the way (the checksum does not match); sync again.</source>
        <translation>照片在传输中损坏（校验值不符），请重新同步。</translation>
    </message>
    <message>
        <source>The photo checksum is not in the right form.</source>
        <translation>照片校验值格式不对。</translation>
    </message>
    <message>
        <source>The county does not have this photo.</source>
        <translation>县中心没有这张照片。</translation>
    </message>
</context>
<context>
    <name>server.console</name>
    <message>
        <source>This cannot be done</source>
        <translation>不能这样操作</translation>
    </message>
    <message>
        <source>An administrator needs a name of at most 50 characters.</source>
        <translation>管理员名称不能为空，最长 50 个字。</translation>
    </message>
    <message>
        <source>The role must be “管理员” (administrator) or “查看” (viewer).</source>
        <translation>角色只能是“管理员”或“查看”。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少 {n} 位。</translation>
    </message>
    <message>
        <source>The administrator “{name}” already exists.</source>
        <translation>管理员“{name}”已经存在。</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in 15 minutes.</source>
        <translation>密码输错次数太多，请 15 分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码不对。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>{month} monthly bulletin of the New Era Civilization Practice Stations</source>
        <translation>{month} 新时代文明实践站月度通报</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>实践站</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Activities run</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Theory lectures</source>
        <translation>理论宣讲</translation>
    </message>
    <message>
        <source>Service hours (h)</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Hours per volunteer (this year)</source>
        <translation>人均时长（本年）</translation>
    </message>
    <message>
        <source>Volunteers with hours (this year)</source>
        <translation>有时长志愿者（本年）</translation>
    </message>
    <message>
        <source>Party members taking part (this year)</source>
        <translation>党员参与（本年）</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>达标项</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>实践站</translation>
    </message>
    <message>
        <source>Hours per volunteer</source>
        <translation>人均时长</translation>
    </message>
    <message>
        <source>Volunteer count</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Number of activities</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>未开展</translation>
    </message>
    <message>
        <source>{evidence} (the inspection group made it {score} points)</source>
        <translation>{evidence}（检查组改为 {score} 分）</translation>
    </message>
    <message>
        <source>waiting for the inspection group&apos;s score</source>
        <translation>待检查组打分</translation>
    </message>
    <message>
        <source>right</source>
        <translation>准</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>slow {amount}</source>
        <translation>慢 {amount}</translation>
    </message>
    <message>
        <source>fast {amount}</source>
        <translation>快 {amount}</translation>
    </message>
    <message>
        <source>Cannot add the station</source>
        <translation>无法新建实践站</translation>
    </message>
    <message>
        <source>No such station</source>
        <translation>没有这个实践站</translation>
    </message>
    <message>
        <source>There is no id {id}.</source>
        <translation>编号 {id} 不存在。</translation>
    </message>
    <message>
        <source>activities per month</source>
        <translation>每月活动场次</translation>
    </message>
    <message>
        <source>Cannot make an enrolment code</source>
        <translation>无法生成注册码</translation>
    </message>
    <message>
        <source>Cannot make a reset code</source>
        <translation>无法生成重置码</translation>
    </message>
    <message>
        <source>Fill in the account whose password is reset (the name the station head signs in with on the PC), at most 50 characters.</source>
        <translation>请填写要重置密码的账号名（站长在电脑登录时用的名字），不超过 50 个字。</translation>
    </message>
    <message>
        <source>Cannot revoke</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>county activities per month</source>
        <translation>全县每月活动场次</translation>
    </message>
    <message>
        <source>county service hours per month</source>
        <translation>全县每月服务时长</translation>
    </message>
    <message>
        <source>county theory lectures per month</source>
        <translation>全县每月理论宣讲</translation>
    </message>
    <message>
        <source>Wrong score</source>
        <translation>打分不对</translation>
    </message>
    <message>
        <source>“{name}” must be a whole score from 0 to {points}.</source>
        <translation>“{name}”应为 0 到 {points} 的整数分。</translation>
    </message>
    <message>
        <source>No such photo</source>
        <translation>没有这张照片</translation>
    </message>
    <message>
        <source>The photo id is wrong.</source>
        <translation>照片编号不对。</translation>
    </message>
    <message>
        <source>The county has not received this photo yet.</source>
        <translation>县中心还没有收到这张照片。</translation>
    </message>
    <message>
        <source>Waiting for dispatch</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>Sent up to the county</source>
        <translation>已上报县中心</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rated by the resident</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for the county to dispatch</source>
        <translation>待县中心派单</translation>
    </message>
    <message>
        <source>Not accepted in time</source>
        <translation>超时未接单</translation>
    </message>
    <message>
        <source>Resident not satisfied</source>
        <translation>群众不满意</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Cannot dispatch</source>
        <translation>无法派单</translation>
    </message>
    <message>
        <source>The response time must be whole hours.</source>
        <translation>响应时限应为整数小时。</translation>
    </message>
    <message>
        <source>Cannot change</source>
        <translation>无法修改</translation>
    </message>
    <message>
        <source>Station head organises an activity every week</source>
        <translation>站长每周组织活动</translation>
    </message>
    <message>
        <source>Service hours per volunteer a year</source>
        <translation>每名志愿者年服务时长（小时）</translation>
    </message>
    <message>
        <source>Share of volunteers with service records (%)</source>
        <translation>有服务记录的志愿者比例（%）</translation>
    </message>
    <message>
        <source>Share of Party members in volunteer service (%)</source>
        <translation>党员参与志愿服务比例（%）</translation>
    </message>
    <message>
        <source>Active volunteer standard (hours a year)</source>
        <translation>活跃志愿者标准（小时/年）</translation>
    </message>
    <message>
        <source>Activities per team a month</source>
        <translation>每支队伍每月活动场次</translation>
    </message>
    <message>
        <source>Activities a month</source>
        <translation>每月活动场次</translation>
    </message>
    <message>
        <source>Theory lectures a month</source>
        <translation>每月理论宣讲场次</translation>
    </message>
    <message>
        <source>Concentrated services per team a year</source>
        <translation>每支队伍每年集中服务次数</translation>
    </message>
    <message>
        <source>Concentrated activity day on the first Saturday of the month</source>
        <translation>每月第一个星期六集中活动日</translation>
    </message>
    <message>
        <source>1+10: visits per household a month</source>
        <translation>1+10 每户每月走访次数</translation>
    </message>
    <message>
        <source>Activities with the paired co-building unit a month</source>
        <translation>结对共建单位每月活动场次</translation>
    </message>
    <message>
        <source>Share of residents&apos; requests answered in time (%)</source>
        <translation>群众点单按时响应比例（%）</translation>
    </message>
    <message>
        <source>The target “{label}” must be a whole number from 0 to 1000 (0: not checked).</source>
        <translation>目标“{label}”应为 0 到 1000 之间的整数（0 表示不检查）。</translation>
    </message>
    <message>
        <source>A share target cannot be over 100%.</source>
        <translation>比例类目标不能超过 100%。</translation>
    </message>
    <message>
        <source>The indicator “{name}” needs whole points from 0 to 100.</source>
        <translation>指标“{name}”的分值应为 0 到 100 的整数。</translation>
    </message>
    <message>
        <source>The indicator “{name}” needs a number for full points.</source>
        <translation>指标“{name}”的满分标准应为数字。</translation>
    </message>
    <message>
        <source>The indicator “{name}” needs full points above 0.</source>
        <translation>指标“{name}”的满分标准应大于 0。</translation>
    </message>
    <message>
        <source>The indicators&apos; points must add up to 100.</source>
        <translation>各项指标分值合计应为 100 分。</translation>
    </message>
    <message>
        <source>The form has expired or its origin is unknown (the security token is missing); reload the page and submit again.</source>
        <translation>表单已过期或来源不明（缺少安全令牌），请刷新页面后再提交。</translation>
    </message>
    <message>
        <source>The “查看” (viewer) role can only look, not change. To change something, ask a county administrator.</source>
        <translation>“查看”角色只能查看，不能修改。需要修改请联系县中心管理员。</translation>
    </message>
    <message>
        <source>Audit log (county)</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>County audit log</source>
        <translation>县中心操作日志</translation>
    </message>
    <message>
        <source>By (county)</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action (county)</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Time (county)</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details (county)</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>County centre desk</source>
        <translation>县中心工作台</translation>
    </message>
    <message>
        <source>Station Desk workbench</source>
        <translation>实践站工作台</translation>
    </message>
    <message>
        <source>New Era Civilization Practice · County centre desk</source>
        <translation>新时代文明实践 · 县中心工作台</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据汇总</translation>
    </message>
    <message>
        <source>Monthly bulletin</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>Residents&apos; requests</source>
        <translation>群众点单</translation>
    </message>
    <message>
        <source>Service menu</source>
        <translation>服务菜单</translation>
    </message>
    <message>
        <source>Star rating (county)</source>
        <translation>星级评定</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>目标与指标</translation>
    </message>
    <message>
        <source>Data care</source>
        <translation>数据维护</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Monthly bulletin {month}</source>
        <translation>月度通报 {month}</translation>
    </message>
    <message>
        <source>Monthly work bulletin of the New Era Civilization Practice Stations</source>
        <translation>新时代文明实践站工作月度通报</translation>
    </message>
    <message>
        <source>{year}-{month} · County New Era Civilization Practice Centre · made {at}</source>
        <translation>{year} 年 {month} 月 · 县新时代文明实践中心 · 生成于 {at}</translation>
    </message>
    <message>
        <source>Print / save as PDF</source>
        <translation>打印 / 存为 PDF</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>This month the county&apos;s {n} stations held {activities} activities, {lectures} of them theory lectures, and gave {hours} hours of volunteer service.</source>
        <translation>全县 {n} 个实践站本月共开展活动 {activities} 场，其中理论宣讲 {lectures} 场，志愿服务 {hours} 小时。</translation>
    </message>
    <message>
        <source>Activities in the last 12 months (count)</source>
        <translation>近 12 个月活动场次</translation>
    </message>
    <message>
        <source>Theory lectures in the last 12 months</source>
        <translation>近 12 个月理论宣讲</translation>
    </message>
    <message>
        <source>Service hours in the last 12 months</source>
        <translation>近 12 个月服务时长</translation>
    </message>
    <message>
        <source>2. Ranking</source>
        <translation>二、排名</translation>
    </message>
    <message>
        <source>3. Targets not met</source>
        <translation>三、未达标情况</translation>
    </message>
    <message>
        <source>Targets not met (list)</source>
        <translation>未达标的目标</translation>
    </message>
    <message>
        <source>Every station met its targets this month.</source>
        <translation>本月各实践站均已达标。</translation>
    </message>
    <message>
        <source>4. By township</source>
        <translation>四、各乡镇</translation>
    </message>
    <message>
        <source>Note: only activities held or recorded that started no later than today are counted; yearly targets are prorated by month (e.g. by the end of June half the year&apos;s target); a target with nothing to count is marked “not applicable”.</source>
        <translation>说明：只统计已开展或已记录、且开始时间不晚于今天的活动；年度目标按月份折算（例如 6 月底应完成全年的一半）；无可统计对象的目标记为“不适用”。</translation>
    </message>
    <message>
        <source>Password reset code</source>
        <translation>密码重置码</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Password reset code of {name}, account “{account}”</source>
        <translation>{name} 账号“{account}”的密码重置码</translation>
    </message>
    <message>
        <source>On the station PC&apos;s sign-in page click “I have a reset code from the county…”, enter this code, then set a new password. It is valid for 24 hours, once, and void after 5 wrong tries. On the phone, read it out one character at a time.</source>
        <translation>请在实践站电脑的登录页点“我有县中心的重置码…”，输入这个重置码，再设新密码。24 小时内有效，只能用一次，输错 5 次作废。电话告知时请逐个字读出。</translation>
    </message>
    <message>
        <source>Enrolment code of {name}</source>
        <translation>{name} 的注册码</translation>
    </message>
    <message>
        <source>Enter this code on the “Sync” page of the station&apos;s PC. It is valid for three days, once. On the phone, read it out one character at a time.</source>
        <translation>请在实践站电脑的“同步”页输入这个注册码。三天内有效，只能用一次。电话告知时请逐个字读出。</translation>
    </message>
    <message>
        <source>Back to the station</source>
        <translation>返回实践站</translation>
    </message>
    <message>
        <source>Quarantined data</source>
        <translation>隔离的数据</translation>
    </message>
    <message>
        <source>Data (county)</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Reason (county)</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>No station reported quarantined data.</source>
        <translation>没有实践站报告隔离的数据。</translation>
    </message>
    <message>
        <source>Stations whose check disagrees</source>
        <translation>核对不一致的实践站</translation>
    </message>
    <message>
        <source>{station}: {n} tables disagree ({tables})</source>
        <translation>{station}：{n} 个表不一致（{tables}）</translation>
    </message>
    <message>
        <source>Every station&apos;s last check agreed.</source>
        <translation>各实践站最近一次核对均一致。</translation>
    </message>
    <message>
        <source>PCs with a wrong clock</source>
        <translation>时钟不准的电脑</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Phone the station head to set the PC&apos;s time right (sync already records the county&apos;s time; the data is not affected).</source>
        <translation>请电话提醒站长把电脑时间调准（同步时已按县中心时间记录，不影响数据）。</translation>
    </message>
    <message>
        <source>Every PC&apos;s clock is right (less than 5 minutes off).</source>
        <translation>各电脑的时钟都准（相差不到 5 分钟）。</translation>
    </message>
    <message>
        <source>Photo storage</source>
        <translation>照片存储</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Figures {month}</source>
        <translation>数据汇总 {month}</translation>
    </message>
    <message>
        <source>Figures · {month}</source>
        <translation>数据汇总 · {month}</translation>
    </message>
    <message>
        <source>Month (county)</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>By township</source>
        <translation>各乡镇</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>本月活动</translation>
    </message>
    <message>
        <source>Service hours (total)</source>
        <translation>服务小时</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>人均小时</translation>
    </message>
    <message>
        <source>With hours (this year)</source>
        <translation>有时长（本年）</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>各实践站</translation>
    </message>
    <message>
        <source>Hours per person (this year)</source>
        <translation>人均小时（本年）</translation>
    </message>
    <message>
        <source>Sign in (county)</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>County centre desk: sign in</source>
        <translation>县中心工作台 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password (county)</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A county administrator makes the accounts on the server with the command</source>
        <translation>账号由县中心管理员在服务器上用以下命令建立：</translation>
    </message>
    <message>
        <source>Service menu (published by the county)</source>
        <translation>服务菜单（中心制单）</translation>
    </message>
    <message>
        <source>The menu goes to every station; residents choose from it when they ask. Items switched off no longer appear on the stations&apos; request forms.</source>
        <translation>菜单下发到每个实践站，群众点单时从中选择。停用的项目不再出现在站点的点单表里。</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Category (county)</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Team field</source>
        <translation>承接队伍领域</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>State (county)</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The menu is still empty.</source>
        <translation>菜单还是空的。</translation>
    </message>
    <message>
        <source>Add a service item</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <source>Name (county)</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. one of the five tasks</source>
        <translation>如：丰富活跃文化生活</translation>
    </message>
    <message>
        <source>e.g. health services</source>
        <translation>如：健康服务</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>响应时限（小时）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Back to the stations</source>
        <translation>返回实践站列表</translation>
    </message>
    <message>
        <source>Star rating {year}</source>
        <translation>星级评定 {year}</translation>
    </message>
    <message>
        <source>Star rating of the year {year}</source>
        <translation>{year} 年度星级评定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>{n} stars ({date})</source>
        <translation>{n} 星（{date}）</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Once published, every station gets its own result with its next sync. Publish?</source>
        <translation>发布后各实践站同步时会收到本站的评定结果，确定发布吗？</translation>
    </message>
    <message>
        <source>Publish the results of {year}</source>
        <translation>发布 {year} 年度评定结果</translation>
    </message>
    <message>
        <source>Score sheet {name}</source>
        <translation>评分表 {name}</translation>
    </message>
    <message>
        <source>Star-rating score sheet of the New Era Civilization Practice Station</source>
        <translation>新时代文明实践站星级评定评分表</translation>
    </message>
    <message>
        <source>Year {year} · {name} · {town}</source>
        <translation>{year} 年度 · {name} · {town}</translation>
    </message>
    <message>
        <source>points (short)</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Total (county)</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>({n} stars)</source>
        <translation>（{n} 星）</translation>
    </message>
    <message>
        <source>Save the scores</source>
        <translation>保存打分</translation>
    </message>
    <message>
        <source>Evidence: the station&apos;s own statements ({n})</source>
        <translation>佐证：实践站自报（{n} 项）</translation>
    </message>
    <message>
        <source>Stated by the station</source>
        <translation>实践站填报</translation>
    </message>
    <message>
        <source>By, date</source>
        <translation>填报人、日期</translation>
    </message>
    <message>
        <source> (with a photo, kept on the station&apos;s PC)</source>
        <translation>（附照片，存于站点电脑）</translation>
    </message>
    <message>
        <source>Evidence: this year&apos;s activities ({n})</source>
        <translation>佐证：本年活动（{n} 场）</translation>
    </message>
    <message>
        <source>Activity photo</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Inspection group (signatures):</source>
        <translation>检查组成员签字：</translation>
    </message>
    <message>
        <source>Station head (signature):</source>
        <translation>实践站站长签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Residents&apos; requests · county dispatch</source>
        <translation>群众点单 · 县中心派单</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Resident (county)</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>承接</translation>
    </message>
    <message>
        <source>Rating (county)</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Dispatch (county)</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>; (list)</source>
        <translation>；</translation>
    </message>
    <message>
        <source>County centre</source>
        <translation>县中心</translation>
    </message>
    <message>
        <source>overdue (county)</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Dispatch to the station</source>
        <translation>派往实践站</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>队伍（可不填）</translation>
    </message>
    <message>
        <source>Team (county)</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>No requests in this tab.</source>
        <translation>这一栏没有点单。</translation>
    </message>
    <message>
        <source>Town: {town} · Village: {village} · Station head: {head} · id</source>
        <translation>乡镇：{town} · 村：{village} · 站长：{head} · 编号</translation>
    </message>
    <message>
        <source>volunteers (count)</source>
        <translation>名志愿者</translation>
    </message>
    <message>
        <source>theory lectures this month</source>
        <translation>本月理论宣讲</translation>
    </message>
    <message>
        <source>service hours this year</source>
        <translation>本年服务小时</translation>
    </message>
    <message>
        <source>photos ({mb} MB)</source>
        <translation>张照片（{mb} MB）</translation>
    </message>
    <message>
        <source>Activities in the last 12 months</source>
        <translation>近 12 个月活动</translation>
    </message>
    <message>
        <source>Data state:</source>
        <translation>数据状况：</translation>
    </message>
    <message>
        <source>Targets this month ({month})</source>
        <translation>本月目标（{month}）</translation>
    </message>
    <message>
        <source>Target (county)</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result (county)</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Valid (PC)</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Last sync (county)</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>County (district)</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>PCs</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Once revoked this PC cannot sync again. Sure?</source>
        <translation>撤销后这台电脑不能再同步，确定吗？</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>No PCs enrolled yet.</source>
        <translation>还没有注册的电脑。</translation>
    </message>
    <message>
        <source>Make an enrolment code (for a new or reinstalled PC)</source>
        <translation>生成注册码（新电脑或重装的电脑用）</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Make a password reset code</source>
        <translation>生成密码重置码</translation>
    </message>
    <message>
        <source>On the PC&apos;s sign-in page the station head clicks “I have a reset code from the county…”, enters the code and sets a new password; no data is lost.</source>
        <translation>站长在电脑的登录页点“我有县中心的重置码…”，输入重置码后设新密码，数据不会丢失。</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Activities (county)</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Year (rating)</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Evidence (scoring)</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>From (station)</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Volunteers with hours</source>
        <translation>有时长志愿者</translation>
    </message>
    <message>
        <source>Stations ({n}</source>
        <translation>实践站（{n} 个</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{n} with data to see to</source>
        <translation>{n} 个数据待处理</translation>
    </message>
    <message>
        <source>)</source>
        <translation>）</translation>
    </message>
    <message>
        <source>Station head (county)</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Data state</source>
        <translation>数据状况</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>{n} to see to</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No stations yet.</source>
        <translation>还没有实践站。</translation>
    </message>
    <message>
        <source>Page {n} of {total}:</source>
        <translation>第 {n} / {total} 页：</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>新建实践站</translation>
    </message>
    <message>
        <source>Add and make an enrolment code</source>
        <translation>新建并生成注册码</translation>
    </message>
    <message>
        <source>County targets and star-rating indicators</source>
        <translation>全县目标与星级评定指标</translation>
    </message>
    <message>
        <source>Saved and sent to {n} stations (each gets it with its next sync).</source>
        <translation>已保存，并已下发到 {n} 个实践站（各站下次同步时收到）。</translation>
    </message>
    <message>
        <source>Work targets (0: not checked)</source>
        <translation>工作目标（0 表示不检查）</translation>
    </message>
    <message>
        <source>default {n}</source>
        <translation>默认 {n}</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>保存并下发</translation>
    </message>
    <message>
        <source>Star-rating indicators (100 points in all)</source>
        <translation>星级评定指标（合计 100 分）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points (county)</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>How it is scored</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>Full points at</source>
        <translation>满分标准</translation>
    </message>
    <message>
        <source>Scored from the synced data</source>
        <translation>按同步数据自动计分</translation>
    </message>
    <message>
        <source>Scored by the inspection group</source>
        <translation>检查组打分</translation>
    </message>
</context>
<context>
    <name>server.db</name>
    <message>
        <source>The server database version {version} is newer than this program; update the county server program.</source>
        <translation>服务器数据库版本 {version} 比本程序新，请升级县中心服务器程序。</translation>
    </message>
</context>
<context>
    <name>server.door</name>
    <message>
        <source>The header {name} appears more than once.</source>
        <translation>请求头 {name} 重复出现。</translation>
    </message>
    <message>
        <source>The header {name} contains non-ASCII characters.</source>
        <translation>请求头 {name} 含有非 ASCII 字符。</translation>
    </message>
    <message>
        <source>The request address contains a null character and was refused.</source>
        <translation>请求地址中含有空字符，已拒收。</translation>
    </message>
    <message>
        <source>The header {name} must be 1 to 6 digits.</source>
        <translation>请求头 {name} 应为 1 到 6 位数字。</translation>
    </message>
    <message>
        <source>The sync credentials are malformed. Enrol this PC again with the code from the county.</source>
        <translation>同步凭据格式不对。请用县中心发的注册码重新注册本机。</translation>
    </message>
    <message>
        <source>Only uncompressed or gzip request bodies are accepted.</source>
        <translation>只接受未压缩或 gzip 压缩的请求内容。</translation>
    </message>
    <message>
        <source>The header Content-Length must be a number.</source>
        <translation>请求头 Content-Length 应为数字。</translation>
    </message>
    <message>
        <source>The request body is too large and was refused.</source>
        <translation>请求内容太大，已拒收。</translation>
    </message>
    <message>
        <source>No such upload.</source>
        <translation>没有这个上传。</translation>
    </message>
    <message>
        <source>Joining uploads is not supported.</source>
        <translation>不支持合并上传。</translation>
    </message>
    <message>
        <source>The header {name} must be a number.</source>
        <translation>请求头 {name} 应为数字。</translation>
    </message>
    <message>
        <source>The request body is not valid gzip data.</source>
        <translation>请求内容不是有效的 gzip 数据。</translation>
    </message>
    <message>
        <source>The request body is too large once uncompressed.</source>
        <translation>请求内容解压后太大。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON ({error}).</source>
        <translation>请求内容不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <source>The request body&apos;s JSON is nested too deep (the limit is {n} levels).</source>
        <translation>请求内容的 JSON 嵌套太深（上限 {n} 层）。</translation>
    </message>
    <message>
        <source>The request body&apos;s text contains a null character (\u0000) and was refused.</source>
        <translation>请求内容的文字中含有空字符（\u0000），已拒收。</translation>
    </message>
    <message>
        <source>The upload is longer than its declared length (Upload-Length) and was refused.</source>
        <translation>上传的内容比声明的长度（Upload-Length）长，已拒收。</translation>
    </message>
    <message>
        <source>The connection broke before the request was complete.</source>
        <translation>连接在请求传完之前断开了。</translation>
    </message>
</context>
<context>
    <name>server.main</name>
    <message>
        <source>Error: wrong command arguments ({message}). See --help for the usage.</source>
        <translation>错误：命令参数不对（{message}）。用 --help 查看用法。</translation>
    </message>
    <message>
        <source>database URL, for example postgresql+psycopg://user:pw@host/county (default: SQLite in ./county-data)</source>
        <translation>数据库 URL，例如 postgresql+psycopg://user:pw@host/county（默认 ./county-data 下的 SQLite）</translation>
    </message>
    <message>
        <source>data folder (SQLite database and photos), default ./county-data</source>
        <translation>数据文件夹（SQLite 数据库和照片），默认 ./county-data</translation>
    </message>
    <message>
        <source>Station Desk: the county server</source>
        <translation>实践站工作台 县中心服务器</translation>
    </message>
    <message>
        <source>run the server</source>
        <translation>运行服务器</translation>
    </message>
    <message>
        <source>worker processes (PostgreSQL only; default 1)</source>
        <translation>工作进程数（仅 PostgreSQL；默认 1）</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>实践站管理</translation>
    </message>
    <message>
        <source>add a station and make an enrolment code</source>
        <translation>新建实践站并生成注册码</translation>
    </message>
    <message>
        <source>id of a station already set up on its PC (to take in existing data)</source>
        <translation>已在站点电脑上建立的实践站编号（接入已有数据时用）</translation>
    </message>
    <message>
        <source>make an enrolment code for another PC of the same station</source>
        <translation>为同一实践站的另一台电脑生成注册码</translation>
    </message>
    <message>
        <source>list the stations</source>
        <translation>列出实践站</translation>
    </message>
    <message>
        <source>change a station&apos;s details at the county (sent to the station with the next sync)</source>
        <translation>县中心修改实践站信息（同步后下发到站点）</translation>
    </message>
    <message>
        <source>set a station&apos;s photo space limit (default 5 GB)</source>
        <translation>设置实践站的照片空间上限（默认 5 GB）</translation>
    </message>
    <message>
        <source>the limit in GB; without it, back to the default 5 GB</source>
        <translation>上限（GB）；不给则恢复默认 5 GB</translation>
    </message>
    <message>
        <source>problems the station PCs reported: quarantined data, tables that keep disagreeing</source>
        <translation>站点电脑报告的问题：被隔离的数据、一直核对不一致的表</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备管理</translation>
    </message>
    <message>
        <source>list the enrolled PCs</source>
        <translation>列出已注册的电脑</translation>
    </message>
    <message>
        <source>revoke a PC&apos;s permission to sync</source>
        <translation>撤销一台电脑的同步授权</translation>
    </message>
    <message>
        <source>county console accounts</source>
        <translation>县中心工作台账号</translation>
    </message>
    <message>
        <source>add a county console account (the password is read from standard input)</source>
        <translation>新建县中心工作台账号（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>list the county console accounts</source>
        <translation>列出县中心工作台账号</translation>
    </message>
    <message>
        <source>installers for the station PCs to update from</source>
        <translation>安装程序（供站点电脑更新）</translation>
    </message>
    <message>
        <source>publish a signed installer</source>
        <translation>发布一个已签名的安装程序</translation>
    </message>
    <message>
        <source>the signature file (default: the installer&apos;s name plus .sig)</source>
        <translation>签名文件（默认：安装程序文件名加 .sig）</translation>
    </message>
    <message>
        <source>list the published installers</source>
        <translation>列出已发布的安装程序</translation>
    </message>
    <message>
        <source>bring the database schema up to date, then exit</source>
        <translation>升级数据库结构后退出</translation>
    </message>
    <message>
        <source>The county server is running: http://{host}:{port}/ (API documents at /docs)</source>
        <translation>县中心服务器已启动：http://{host}:{port}/ （接口文档 /docs）</translation>
    </message>
    <message>
        <source>The database schema is up to date.</source>
        <translation>数据库结构已是最新。</translation>
    </message>
    <message>
        <source>Station id: {id}</source>
        <translation>实践站编号：{id}</translation>
    </message>
    <message>
        <source>Enrolment code: {code} (valid for {days} days, once only)</source>
        <translation>注册码：{code}（{days} 天内有效，只能用一次）</translation>
    </message>
    <message>
        <source>{id}	{name}	{county}	devices {devices}	records {records}</source>
        <translation>{id}	{name}	{county}	设备 {devices} 台	记录 {records} 条</translation>
    </message>
    <message>
        <source>Error: nothing to change; give for example --name NEW_NAME.</source>
        <translation>错误：没有要修改的内容，例如 --name 新名称。</translation>
    </message>
    <message>
        <source>Changed: {fields}. The station&apos;s PCs get it with their next sync.</source>
        <translation>已修改：{fields}。站点电脑下次同步时收到。</translation>
    </message>
    <message>
        <source>Error: --gb must be a number from 0 to 1000000.</source>
        <translation>错误：--gb 应为 0 到 1000000 之间的数。</translation>
    </message>
    <message>
        <source>the default 5</source>
        <translation>默认 5</translation>
    </message>
    <message>
        <source>The photo space limit is set: {limit} GB.</source>
        <translation>已设置照片空间上限：{limit} GB。</translation>
    </message>
    <message>
        <source>No station PC reported a problem.</source>
        <translation>没有站点电脑报告问题。</translation>
    </message>
    <message>
        <source>quarantined data</source>
        <translation>隔离的数据</translation>
    </message>
    <message>
        <source>a table that keeps disagreeing</source>
        <translation>核对一直不一致的表</translation>
    </message>
    <message>
        <source>quarantined data in all</source>
        <translation>隔离的数据总数</translation>
    </message>
    <message>
        <source>device {id}</source>
        <translation>设备 {id}</translation>
    </message>
    <message>
        <source>reported {at}</source>
        <translation>报告于 {at}</translation>
    </message>
    <message>
        <source>revoked {when}</source>
        <translation>已撤销 {when}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>{id}	{station}	{name}	enrolled {enrolled}	last seen {seen}	{state}</source>
        <translation>{id}	{station}	{name}	注册于 {enrolled}	最近联系 {seen}	{state}</translation>
    </message>
    <message>
        <source>The county console account “{name}” ({role}) is set up. Open /console in a browser to log in.</source>
        <translation>已建立县中心工作台账号“{name}”（{role}）。请用浏览器打开 /console 登录。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{name}	{role}	created {created}	{state}</source>
        <translation>{name}	{role}	建立于 {created}	{state}</translation>
    </message>
    <message>
        <source>The device {id} may no longer sync.</source>
        <translation>已撤销设备 {id} 的同步授权。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message>
        <source>Published {version}: {file} ({size} bytes, SHA-256 {sha256}). The station PCs see &quot;a new version&quot; at their next sync.</source>
        <translation>已发布 {version}：{file}（{size} 字节，SHA-256 {sha256}）。站点电脑下次同步时会看到“有新版本”。</translation>
    </message>
    <message>
        <source>{version}	{file}	{size} bytes	published {added_at}</source>
        <translation>{version}	{file}	{size} 字节	发布于 {added_at}</translation>
    </message>
    <message>
        <source>Error: cannot connect to the database ({error}).</source>
        <translation>错误：无法连接数据库（{error}）。</translation>
    </message>
</context>
<context>
    <name>server.privacy</name>
    <message>
        <source>personal data rules sent to the stations</source>
        <translation>发给各站点的个人信息规则</translation>
    </message>
    <message>
        <source>how many months the station PCs keep the personal data of volunteers who left (0: keep), sent to every station</source>
        <translation>站点电脑保留已退出志愿者个人信息的月数（0：一直保留），发给每个站点</translation>
    </message>
    <message>
        <source>only this station (its id)</source>
        <translation>只发给这个站点（站点编号）</translation>
    </message>
    <message>
        <source>show the county&apos;s retention period</source>
        <translation>查看县里设定的保留期限</translation>
    </message>
    <message>
        <source>Not set: the stations keep the data of volunteers who left.</source>
        <translation>未设定：各站点保留已退出志愿者的信息。</translation>
    </message>
    <message>
        <source>Personal data of volunteers who left is kept {months} months after they leave.</source>
        <translation>已退出志愿者的个人信息在退出后保留 {months} 个月。</translation>
    </message>
    <message>
        <source>The months must be a whole number from 0 to {most}.</source>
        <translation>月数必须是 0 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>Retention of {months} months sent to {n} stations (each PC gets it at its next sync).</source>
        <translation>保留期限 {months} 个月已发给 {n} 个站点（各电脑下次同步时收到）。</translation>
    </message>
</context>
<context>
    <name>server.releases</name>
    <message>
        <source>No installer file: {file}</source>
        <translation>找不到安装程序文件：{file}</translation>
    </message>
    <message>
        <source>The version {version} is already published.</source>
        <translation>版本 {version} 已经发布过。</translation>
    </message>
    <message>
        <source>The county has not published a new version yet.</source>
        <translation>县中心还没有发布新版本。</translation>
    </message>
    <message>
        <source>No such version.</source>
        <translation>没有这个版本。</translation>
    </message>
</context>
<context>
    <name>server.requests</name>
    <message>
        <source>the service menu (published by the county)</source>
        <translation>服务菜单（中心制单）</translation>
    </message>
    <message>
        <source>publish a service item (reaches the stations with the next sync)</source>
        <translation>发布一个服务项目（同步后到各站）</translation>
    </message>
    <message>
        <source>the team or field that usually takes it</source>
        <translation>通常承接的队伍或领域</translation>
    </message>
    <message>
        <source>response time (hours, default 48)</source>
        <translation>响应时限（小时，默认 48）</translation>
    </message>
    <message>
        <source>list the service menu</source>
        <translation>列出服务菜单</translation>
    </message>
    <message>
        <source>include the items switched off</source>
        <translation>包括已停用的项目</translation>
    </message>
    <message>
        <source>change a service item</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <source>yes: on / no: off</source>
        <translation>yes 启用 / no 停用</translation>
    </message>
    <message>
        <source>residents&apos; requests (county)</source>
        <translation>群众点单（县中心）</translation>
    </message>
    <message>
        <source>list the requests</source>
        <translation>列出点单</translation>
    </message>
    <message>
        <source>new, escalated, dispatched, accepted, done, rated, cancelled or overdue</source>
        <translation>new、escalated、dispatched、accepted、done、rated、cancelled 或 overdue</translation>
    </message>
    <message>
        <source>a request taken at the county, dispatched to a station</source>
        <translation>县中心直接接到的点单，派到一个实践站</translation>
    </message>
    <message>
        <source>the id of a service menu item</source>
        <translation>服务菜单项目编号</translation>
    </message>
    <message>
        <source>dispatch to a station (optionally one of its teams)</source>
        <translation>县中心派单到一个实践站（可指定队伍）</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Changed: {name} ({hours} hours). The station PCs get it with their next sync.</source>
        <translation>已修改：{name}（{hours} 小时）。站点电脑下次同步时收到。</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>没有符合条件的点单。</translation>
    </message>
    <message>
        <source>Number: {number} (dispatched to {station})</source>
        <translation>单号：{number}（已派往 {station}）</translation>
    </message>
    <message>
        <source>Dispatched: {number} → {station}. The station PCs get it with their next sync.</source>
        <translation>已派单：{number} → {station}。站点电脑下次同步时收到。</translation>
    </message>
    <message>
        <source>County centre</source>
        <translation>县中心</translation>
    </message>
    <message>
        <source>The state must be one of: {states} or overdue.</source>
        <translation>状态应为：{states} 或 overdue。</translation>
    </message>
    <message>
        <source>No station with the id {id}.</source>
        <translation>没有编号为 {id} 的实践站。</translation>
    </message>
    <message>
        <source>The county holds no request with the number or id “{ref}”.</source>
        <translation>县中心没有单号或编号为“{ref}”的点单。</translation>
    </message>
    <message>
        <source>The number “{ref}” belongs to {n} requests; use the id: {ids}</source>
        <translation>单号“{ref}”对应 {n} 张单子，请用编号：{ids}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>That station has no team “{ref}”.</source>
        <translation>这个实践站没有队伍“{ref}”。</translation>
    </message>
    <message>
        <source>Fill in the resident&apos;s name.</source>
        <translation>请填写群众姓名。</translation>
    </message>
    <message>
        <source>Give a service item (--item) or what the resident needs (--text).</source>
        <translation>请给出服务项目（--item）或群众要办的事（--text）。</translation>
    </message>
    <message>
        <source>The service menu has no item with the id {id}.</source>
        <translation>服务菜单里没有编号为 {id} 的项目。</translation>
    </message>
    <message>
        <source>This station cannot see this request.</source>
        <translation>本站看不到这张点单。</translation>
    </message>
    <message>
        <source>The sync credentials are missing. Enrol this PC first with the code from the county centre.</source>
        <translation>缺少同步凭据。请先用县中心发的注册码注册本机。</translation>
    </message>
    <message>
        <source>The county interface is off (the server has no STATION_DESK_COUNTY_KEY).</source>
        <translation>县中心接口未启用（服务器未设置 STATION_DESK_COUNTY_KEY）。</translation>
    </message>
    <message>
        <source>The county key is wrong.</source>
        <translation>县中心管理密钥不对。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>请求内容不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Give to_station (the id of the station to dispatch to).</source>
        <translation>请给出 to_station（派往的实践站编号）。</translation>
    </message>
    <message>
        <source>The service item needs a name.</source>
        <translation>服务项目名称不能为空。</translation>
    </message>
    <message>
        <source>The response time must be between 0 and 2160 hours (0: no limit).</source>
        <translation>响应时限应在 0 到 2160 小时之间（0 表示不限）。</translation>
    </message>
    <message>
        <source>Nothing to change; give e.g. --name NEW-NAME.</source>
        <translation>没有要修改的内容，例如 --name 新名称。</translation>
    </message>
</context>
<context>
    <name>server.star</name>
    <message>
        <source>star-rating indicators (sent to every station)</source>
        <translation>星级评定指标（下发到各站）</translation>
    </message>
    <message>
        <source>list the indicators</source>
        <translation>列出指标</translation>
    </message>
    <message>
        <source>change points or full-point figures, then send them to every station</source>
        <translation>修改分值或满分标准，并下发到各站</translation>
    </message>
    <message>
        <source>an indicator&apos;s points (0 to 100; all of them add up to 100)</source>
        <translation>指标分值（0 到 100；合计应为 100）</translation>
    </message>
    <message>
        <source>the figure that earns full points (indicators scored from the records)</source>
        <translation>得满分的标准（按记录计分的指标）</translation>
    </message>
    <message>
        <source>back to the default indicators, sent to every station</source>
        <translation>恢复默认指标，并下发到各站</translation>
    </message>
    <message>
        <source>send the current indicators to every station again</source>
        <translation>把当前指标重新下发到各站</translation>
    </message>
    <message>
        <source>“{item}” is not in the form KEY=VALUE (for example {what}=10).</source>
        <translation>“{item}”应写成 指标=数值（例如 {what}=10）。</translation>
    </message>
    <message>
        <source>Unknown indicator {keys}; the indicators are {known}.</source>
        <translation>没有指标 {keys}；指标有 {known}。</translation>
    </message>
    <message>
        <source>Only the indicators scored from the records have a full-point figure: {keys}.</source>
        <translation>只有按记录计分的指标才有满分标准：{keys}。</translation>
    </message>
    <message>
        <source>full points at {value:g}</source>
        <translation>满分标准 {value:g}</translation>
    </message>
    <message>
        <source>checked on site</source>
        <translation>实地查看</translation>
    </message>
    <message>
        <source>{key}	{name}	{points} points	{full}</source>
        <translation>{key}	{name}	{points} 分	{full}</translation>
    </message>
    <message>
        <source>Total: {total} points</source>
        <translation>合计：{total} 分</translation>
    </message>
    <message>
        <source>Error: nothing to change; give for example --points place=10.</source>
        <translation>错误：没有要修改的内容；例如 --points place=10。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>Sent to {n} stations; each gets them with its next sync.</source>
        <translation>已下发到 {n} 个实践站，各站下次同步时收到。</translation>
    </message>
</context>
<context>
    <name>server.store</name>
    <message>
        <source>The station needs a name.</source>
        <translation>实践站名称不能为空。</translation>
    </message>
    <message>
        <source>The station id is not in the right form.</source>
        <translation>实践站编号格式不对。</translation>
    </message>
    <message>
        <source>The station {id} already exists.</source>
        <translation>实践站 {id} 已经存在。</translation>
    </message>
    <message>
        <source>There is no station with the id {id}.</source>
        <translation>没有编号为 {id} 的实践站。</translation>
    </message>
    <message>
        <source>There is no valid device with the id {id}.</source>
        <translation>没有编号为 {id} 的有效设备。</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used or expired. Ask the county for a new one.</source>
        <translation>注册码不对、已经用过或已过期。请向县中心索取新的注册码。</translation>
    </message>
    <message>
        <source>This enrolment code was mistyped too often lately; try again in ten minutes, or check the code with the county.</source>
        <translation>这个注册码最近输错的次数太多，请过十分钟再试，或向县中心核对注册码。</translation>
    </message>
    <message>
        <source>This station mistyped enrolment codes too often lately; try again in ten minutes.</source>
        <translation>本实践站最近输错注册码的次数太多，请过十分钟再试。</translation>
    </message>
    <message>
        <source>Enrolment codes were mistyped too often lately; try again in ten minutes, or check the code with the county.</source>
        <translation>最近输错注册码的次数太多，请过十分钟再试，或向县中心核对注册码。</translation>
    </message>
    <message>
        <source>The station set up on this PC (id {id}) is not the station “{name}” this code belongs to. The county should register this PC&apos;s station with station add --station-id {id}, then send a code.</source>
        <translation>本机已建立的实践站（编号 {id}）与这个注册码所属的实践站“{name}”不同。请县中心用 station add --station-id {id} 登记本机的实践站，再发注册码。</translation>
    </message>
    <message>
        <source>This PC&apos;s sync credentials are not valid. Enrol this PC again with the code from the county centre.</source>
        <translation>本机的同步凭据无效。请用县中心发的注册码重新注册本机。</translation>
    </message>
    <message>
        <source>The county has revoked this PC&apos;s permission to sync. Ask the county centre for a new code and enrol this PC again.</source>
        <translation>本机的同步授权已被县中心撤销。请联系县中心获取新的注册码后重新注册本机。</translation>
    </message>
    <message>
        <source>The uploaded data does not belong to the station this PC is enrolled for; all of it was refused.</source>
        <translation>上传的数据不属于本机注册的实践站，已全部拒收。</translation>
    </message>
    <message>
        <source>Entry {n} breaks a rule; none of this batch was accepted: {problem}</source>
        <translation>第 {n} 条数据不合规则，这批数据全部未接收：{problem}</translation>
    </message>
    <message>
        <source>Entry {n} breaks a rule; none of this batch was accepted: the stamp {stamp} of table {entity} is before the station was set up at the county (rule: a stamp is not before the station was set up). Check this PC&apos;s date.</source>
        <translation>第 {n} 条数据不合规则，这批数据全部未接收：表 {entity} 的时间戳 {stamp} 早于本实践站在县中心建立的时间（规则：时间戳不早于实践站建立时间）。请检查本机日期。</translation>
    </message>
    <message>
        <source>not before the station was set up</source>
        <translation>不早于实践站建立时间</translation>
    </message>
    <message>
        <source>stamp too early</source>
        <translation>时间戳太早</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is more than a day ahead of the county&apos;s; this batch was not taken for now.</source>
        <translation>本机时钟比县中心快了一天以上，这批数据暂未接收。</translation>
    </message>
    <message>
        <source>The county does not have this station.</source>
        <translation>县中心没有这个实践站。</translation>
    </message>
    <message>
        <source>The change breaks a rule: {problem}</source>
        <translation>修改内容不合规则：{problem}</translation>
    </message>
    <message>
        <source>The photo space limit cannot be negative.</source>
        <translation>照片空间上限不能是负数。</translation>
    </message>
</context>
<context>
    <name>sync.protocol</name>
    <message>
        <source>not a valid id (1 to 36 letters, digits or -)</source>
        <translation>不是有效的编号（1 到 36 位字母、数字或 -）</translation>
    </message>
    <message>
        <source>not a valid table name</source>
        <translation>不是有效的表名</translation>
    </message>
    <message>
        <source>malformed stamp (16 digits-4 lower-case hex digits-site id, ASCII only)</source>
        <translation>时间戳格式不对（应为 16 位数字-4 位小写十六进制-站点编号，只用 ASCII 字符）</translation>
    </message>
    <message>
        <source>wrong site id</source>
        <translation>站点编号不对</translation>
    </message>
</context>
</TS>
