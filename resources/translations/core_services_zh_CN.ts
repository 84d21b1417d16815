<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>services.account_sync</name>
    <message>
        <source>This PC does not know the account “{name}”, and it is not enrolled with the county to ask there.</source>
        <translation>这台电脑上没有账号“{name}”，也没有在县中心登记，无法向县中心核验。</translation>
    </message>
    <message>
        <source>The county&apos;s answer to the account check is not understood.</source>
        <translation>县中心对账号核验的答复无法识别。</translation>
    </message>
    <message>
        <source>The station has no account “{name}”.</source>
        <translation>本站没有账号“{name}”。</translation>
    </message>
</context>
<context>
    <name>services.accounts</name>
    <message>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Data clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Sign-in clerk</source>
        <translation>签到员</translation>
    </message>
    <message>
        <source>see full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>查看操作记录</translation>
    </message>
    <message>
        <source>enter and change data</source>
        <translation>录入和修改数据</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>use the sign-in desk</source>
        <translation>使用签到台</translation>
    </message>
    <message>
        <source>This account ({role}) may not {what}; ask the station head to sign in.</source>
        <translation>当前账号（{role}）无权{what}，请让站长登录后操作。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters; set it again.</source>
        <translation>密码至少 {n} 位，请重新设置。</translation>
    </message>
    <message>
        <source>Fill in an account name (e.g. the station head&apos;s name), at most 50 characters.</source>
        <translation>请填写账号名（例如站长的姓名），不超过 50 个字。</translation>
    </message>
    <message>
        <source>The county&apos;s key does not open this PC&apos;s data (it was set up with another key). Sign in as this PC&apos;s station head and add the account.</source>
        <translation>县中心的密钥打不开这台电脑的数据（这台电脑用的是另一个密钥）。请用这台电脑的站长账号登录，再添加这个账号。</translation>
    </message>
    <message>
        <source>This PC already has a station head&apos;s account. If the password is forgotten, ask the county for a reset code.</source>
        <translation>本机已经有站长账号了。如忘记密码，请向县中心申请重置码。</translation>
    </message>
    <message>
        <source>Unknown role “{role}”; choose: {roles}.</source>
        <translation>未知的角色“{role}”，可选：{roles}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Create the station head&apos;s account first (the data on this PC is not encrypted yet).</source>
        <translation>请先建立站长账号（本机数据尚未加密）。</translation>
    </message>
    <message>
        <source>The account “{name}” already exists.</source>
        <translation>账号“{name}”已存在。</translation>
    </message>
    <message>
        <source>No account “{name}”.</source>
        <translation>没有账号“{name}”。</translation>
    </message>
    <message>
        <source>The only station head&apos;s account cannot be removed.</source>
        <translation>不能删除唯一的站长账号。</translation>
    </message>
    <message>
        <source>No account “{name}”. Check the account name (--user).</source>
        <translation>没有账号“{name}”。请检查账号名（--user）。</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in {n} seconds.</source>
        <translation>密码错误次数太多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong password; {n} more tries.</source>
        <translation>密码不对，还可以再试 {n} 次。</translation>
    </message>
    <message>
        <source>The account “{name}” is switched off.</source>
        <translation>账号“{name}”已停用。</translation>
    </message>
</context>
<context>
    <name>services.activities</name>
    <message>
        <source>{label} “{value}” is not in the right form; write it like “2024-03-01 09:00”.</source>
        <translation>{label}“{value}”格式不对，请写成“2024-03-01 09:00”。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>The category “{category}” is wrong; it must be one of the five tasks: {tasks}.</source>
        <translation>活动类别“{category}”不对，应为五项工作之一：{tasks}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Please give the activity a title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>The end time must be later than the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The kind must be sign-in or sign-out.</source>
        <translation>签到类型只能是签到或签退。</translation>
    </message>
    <message>
        <source>This activity was not found; it may have been deleted.</source>
        <translation>找不到这个活动，可能已被删除。</translation>
    </message>
    <message>
        <source>Write why the sign-in is voided.</source>
        <translation>请写明作废签到的原因。</translation>
    </message>
    <message>
        <source>This volunteer has no sign-in at this activity.</source>
        <translation>这位志愿者在这个活动没有签到记录。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>不能修改这些字段：{fields}。</translation>
    </message>
    <message>
        <source>The number of residents reached must be a whole number.</source>
        <translation>覆盖群众人数应为整数。</translation>
    </message>
    <message>
        <source>The number of residents reached must be between 0 and 1000000.</source>
        <translation>覆盖群众人数应在 0 到 1000000 之间。</translation>
    </message>
    <message>
        <source>The state must be planned, held or recorded.</source>
        <translation>活动状态只能是计划中、已开展或已记录。</translation>
    </message>
    <message>
        <source>The activity has not started yet; it cannot be marked held or recorded.</source>
        <translation>活动还没有开始，不能标记为已开展或已记录。</translation>
    </message>
    <message>
        <source>Record by {day}</source>
        <translation>请于 {day} 前记录</translation>
    </message>
    <message>
        <source> (the holiday calendar does not cover {year} yet: only weekends are left out, so the date may move)</source>
        <translation>（节假日日历尚未收录 {year} 年：只扣除了周末，日期可能变动）</translation>
    </message>
</context>
<context>
    <name>services.auditlog</name>
    <message>
        <source>Set up the station</source>
        <translation>建立实践站</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account switched off</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Sign-in desk PIN set</source>
        <translation>设置签到台密码</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Volunteer changed</source>
        <translation>修改志愿者</translation>
    </message>
    <message>
        <source>Volunteer left</source>
        <translation>志愿者退出</translation>
    </message>
    <message>
        <source>Full ID number seen</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>Full ID numbers exported</source>
        <translation>导出完整身份证号</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Personal data of volunteers who left cleared</source>
        <translation>清除退出志愿者个人信息</translation>
    </message>
    <message>
        <source>{name} “{text}” is not a date; write it like 2026-12-01.</source>
        <translation>{name}“{text}”不是日期，请写成 2026-12-01 这样。</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>account: {name}</source>
        <translation>账号：{name}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>station</source>
        <translation>实践站</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}：{value}</translation>
    </message>
    <message>
        <source>by: {actor}</source>
        <translation>操作人：{actor}</translation>
    </message>
    <message>
        <source>action: {action}</source>
        <translation>操作：{action}</translation>
    </message>
    <message>
        <source>dates: {since} to {until}</source>
        <translation>日期：{since} 至 {until}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>{station} audit log</source>
        <translation>{station} 操作记录</translation>
    </message>
    <message>
        <source>{scope}, {n} records</source>
        <translation>{scope}，共 {n} 条</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>services.back_entry</name>
    <message>
        <source>{n} people entered from the paper sheet (marked back-entered).</source>
        <translation>已从纸质签到表补录 {n} 人（标记为“补录”）。</translation>
    </message>
    <message>
        <source> Already signed in, not entered twice: {names}.</source>
        <translation>已在签到名单中、未重复录入：{names}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{label} “{value}” is not a time; write it like “09:00”.</source>
        <translation>{label}“{value}”不是时间，请写成“09:00”这样。</translation>
    </message>
    <message>
        <source>“{title}” has not taken place yet ({day:%Y-%m-%d %H:%M}); a paper sheet is entered after the activity.</source>
        <translation>“{title}”还没有开展（{day:%Y-%m-%d %H:%M}），纸质签到表请在活动之后补录。</translation>
    </message>
    <message>
        <source>This activity was not found; it may have been deleted.</source>
        <translation>找不到这个活动，可能已被删除。</translation>
    </message>
    <message>
        <source>Tick at least one person who signed the paper sheet.</source>
        <translation>请至少勾选一位在纸质签到表上签到的人。</translation>
    </message>
    <message>
        <source>A ticked volunteer was not found; they may have been deleted. Open the sheet again.</source>
        <translation>勾选的志愿者找不到了，可能已被删除。请重新打开补录表。</translation>
    </message>
    <message>
        <source>Sign-in time of {name}</source>
        <translation>{name}的签到时间</translation>
    </message>
    <message>
        <source>Sign-out time of {name}</source>
        <translation>{name}的签退时间</translation>
    </message>
    <message>
        <source>{name}: the sign-out time {out:%H:%M} must be later than the sign-in time {at:%H:%M}.</source>
        <translation>{name}：签退时间 {out:%H:%M} 应晚于签到时间 {at:%H:%M}。</translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <source>Backup cancelled; the unfinished backup file was deleted.</source>
        <translation>备份已取消，未完成的备份文件已删除。</translation>
    </message>
    <message>
        <source>The data file is damaged (the integrity check failed) and is not backed up, so that bad data never overwrites a good backup. Restore the newest good backup in “Settings → Backup and restore”, or contact the county.</source>
        <translation>当前数据文件已损坏（完整性检查没有通过），不能备份，以免用坏的数据覆盖好的备份。请从“设置 → 备份与恢复”恢复最新的完好备份，或联系县中心。</translation>
    </message>
    <message>
        <source>The backup {name} failed its check after writing and was deleted. Try another USB stick or place.</source>
        <translation>备份文件 {name} 写入后检查没有通过，已删除。请换一个U盘或位置重试。</translation>
    </message>
    <message>
        <source>There is not enough space at {path}. Use another USB drive or free some space and try again.</source>
        <translation>备份位置 {path} 空间不足。请换一个U盘或清理空间后重试。</translation>
    </message>
    <message>
        <source>Cannot write to the backup place {path}: {error}. Check that the USB drive is plugged in and writable.</source>
        <translation>无法写入备份位置 {path}：{error}。请检查U盘是否插好、是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>services.cards</name>
    <message>
        <source>There are no volunteers to make cards for. Register them on the roster first, or choose another team.</source>
        <translation>没有可以制卡的志愿者。请先在志愿者台账中登记，或换一个队伍。</translation>
    </message>
</context>
<context>
    <name>services.certificates</name>
    <message>
        <source> etc.</source>
        <translation>等</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
    <message>
        <source>This volunteer was not found; they may have been deleted. Check the roster.</source>
        <translation>找不到这位志愿者，可能已被删除。请在志愿者台账中核对。</translation>
    </message>
    <message>
        <source>Hours added by hand ({note})</source>
        <translation>时长补录（{note}）</translation>
    </message>
    <message>
        <source>Please give the name of the person handling it (who issues the certificate).</source>
        <translation>请填写经办人姓名（出具证明的工作人员）。</translation>
    </message>
    <message>
        <source>{name} has no service hours in {period}, so no certificate can be issued. Check the sign-ins or add the hours first.</source>
        <translation>{name}在{period}没有志愿服务时长记录，不能出具证明。请先核对签到或补录时长。</translation>
    </message>
    <message>
        <source>{start:%Y-%m-%d} to {end:%Y-%m-%d}</source>
        <translation>{start:%Y-%m-%d}至{end:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Please give the reason for voiding it.</source>
        <translation>请写明作废原因。</translation>
    </message>
    <message>
        <source>This certificate was not found.</source>
        <translation>找不到这份证明。</translation>
    </message>
    <message>
        <source>Certificate {number} has already been voided.</source>
        <translation>证明 {number} 已经作废过了。</translation>
    </message>
    <message>
        <source>The certificate register has no valid number {number}; check the number.</source>
        <translation>证明登记簿中没有有效的编号 {number}，请核对编号。</translation>
    </message>
    <message>
        <source>Number {number} was registered {count} times; choose the one to void in the certificate register on the Reports page.</source>
        <translation>编号 {number} 登记了 {count} 次，请在报表页面的证明登记簿中选中要作废的那一份。</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <source>Set up the station first (init), then make the demo data.</source>
        <translation>请先建立实践站（init），再生成演示数据。</translation>
    </message>
</context>
<context>
    <name>services.evidence</name>
    <message>
        <source>The date “{text}” is not in the right form; write it like “2026-01-01”.</source>
        <translation>日期“{text}”格式不对，请写成“2026-01-01”这样。</translation>
    </message>
    <message>
        <source>The period is too long: at most five years in one pack.</source>
        <translation>时间段太长：一个资料包最多五年。</translation>
    </message>
    <message>
        <source>Evidence pack {station} {first:%Y%m%d}-{last:%Y%m%d}</source>
        <translation>台账资料包-{station}-{first:%Y%m%d}-{last:%Y%m%d}</translation>
    </message>
    <message>
        <source>Cancelled; no file was made.</source>
        <translation>已取消，没有生成文件。</translation>
    </message>
    <message>
        <source>1 Volunteer service register</source>
        <translation>一、志愿者服务登记簿</translation>
    </message>
    <message>
        <source>2 Activity records ({n})</source>
        <translation>二、活动记录（{n} 场）</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} {title} ({n} photos)</source>
        <translation>{day:%Y-%m-%d} {title}（照片 {n} 张）</translation>
    </message>
    <message>
        <source>2 Activity records (none held in this period)</source>
        <translation>二、活动记录（本期没有开展的活动）</translation>
    </message>
    <message>
        <source>No activity was held or recorded in this period.</source>
        <translation>本期没有已开展或已记录的活动。</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>3 Monthly bulletins</source>
        <translation>三、月度通报</translation>
    </message>
    <message>
        <source>3 Monthly bulletins (none yet)</source>
        <translation>三、月度通报（暂无）</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>这个时间段还没有开始。</translation>
    </message>
    <message>
        <source>Monthly bulletins</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>4 Register of volunteer service certificates</source>
        <translation>四、志愿服务证明登记簿</translation>
    </message>
    <message>
        <source>5 Star rating self-check</source>
        <translation>五、星级评定自查表</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Volunteers on the roster</source>
        <translation>在册志愿者</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist; choose another place to save.</source>
        <translation>文件夹“{folder}”不存在，请换一个保存位置。</translation>
    </message>
    <message>
        <source>Cannot write in the folder “{folder}”; choose another folder (a USB stick may be write-protected).</source>
        <translation>无法写入文件夹“{folder}”，请换一个文件夹（U 盘可能处于写保护）。</translation>
    </message>
    <message>
        <source>The disk of “{folder}” is full; the evidence pack was not made. Free some space or choose another drive.</source>
        <translation>“{folder}”所在磁盘已满，台账资料包没有生成。请清理空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>Not enough space in “{folder}”: the evidence pack needs about {need} MB, {free} MB are free.</source>
        <translation>“{folder}”空间不足：台账资料包约需 {need} MB，只剩 {free} MB。</translation>
    </message>
    <message>
        <source>{stem} photos.zip</source>
        <translation>{stem}-照片.zip</translation>
    </message>
    <message>
        <source>The evidence pack could not be written ({error}); nothing was kept. Try another folder.</source>
        <translation>台账资料包没有写成（{error}），没有留下文件。请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>{n} photos came from another PC and are not on this one; sync to fetch them, then make the pack again.</source>
        <translation>有 {n} 张照片来自另一台电脑、本机没有；请同步取回后重新生成资料包。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
</context>
<context>
    <name>services.export</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>所属队伍</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>特长</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Service hours this year</source>
        <translation>本年服务时长（小时）</translation>
    </message>
    <message>
        <source>Volunteer number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The export file name must end in .xlsx (it is “{name}”).</source>
        <translation>导出文件名应以 .xlsx 结尾（现在是“{name}”）。</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>志愿者名册</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Export cancelled; no file was made.</source>
        <translation>已取消导出，没有生成文件。</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: it may be open in Excel/WPS, or the folder is not writable. Close it and try again.</source>
        <translation>无法写入“{name}”：文件可能正在 Excel/WPS 中打开，或没有写入权限。请关闭后重试。</translation>
    </message>
    <message>
        <source>Cannot save to “{path}”: {error}. Choose another place.</source>
        <translation>无法保存到“{path}”：{error}。请换一个位置。</translation>
    </message>
</context>
<context>
    <name>services.goods</name>
    <message>
        <source>An item needs a name of at most 50 characters.</source>
        <translation>物品名称不能为空，最多 50 个字。</translation>
    </message>
    <message>
        <source>The points needed must be more than 0.</source>
        <translation>兑换所需积分应大于 0。</translation>
    </message>
    <message>
        <source>The stock cannot be negative.</source>
        <translation>库存不能是负数。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
    <message>
        <source>The item “{name}” is already in the catalogue; use “Receive” for new stock.</source>
        <translation>物品“{name}”已经在目录里了；进货请用“入库”。</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>初始库存</translation>
    </message>
    <message>
        <source>No item “{key}”. See the catalogue with goods list.</source>
        <translation>找不到物品“{key}”。用 goods list 查看目录。</translation>
    </message>
    <message>
        <source>The quantity received must be more than 0.</source>
        <translation>入库数量应大于 0。</translation>
    </message>
    <message>
        <source>This item was not found.</source>
        <translation>找不到这个物品。</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>The count cannot be negative.</source>
        <translation>盘点数量不能是负数。</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>The quantity redeemed must be more than 0.</source>
        <translation>兑换数量应大于 0。</translation>
    </message>
    <message>
        <source>Pick the items to redeem first.</source>
        <translation>请先选择要兑换的物品。</translation>
    </message>
    <message>
        <source>An item to redeem was not found.</source>
        <translation>找不到要兑换的物品。</translation>
    </message>
    <message>
        <source>One slip uses one kind of points; redeem them separately.</source>
        <translation>一张兑换单只能用同一种积分，请分开兑换。</translation>
    </message>
    <message>
        <source>Only {have} {unit} of “{name}” in stock, not enough for {qty}.</source>
        <translation>“{name}”库存只有 {have} {unit}，不够兑换 {qty}。</translation>
    </message>
    <message>
        <source>{name} has {have} {unit} of {scheme}; the redemption needs {total} {unit}, not enough.</source>
        <translation>{name}的{scheme}余额为 {have} {unit}，兑换需要 {total} {unit}，不够。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Redeemed {items} ({number})</source>
        <translation>兑换 {items}（{number}）</translation>
    </message>
    <message>
        <source>Slip {number}</source>
        <translation>兑换单 {number}</translation>
    </message>
    <message>
        <source>Write why the slip is voided.</source>
        <translation>请写明作废兑换单的原因。</translation>
    </message>
    <message>
        <source>Slip voided: {reason}</source>
        <translation>兑换单作废：{reason}</translation>
    </message>
    <message>
        <source>No slip “{key}”.</source>
        <translation>找不到兑换单“{key}”。</translation>
    </message>
    <message>
        <source>This slip was not found.</source>
        <translation>找不到这张兑换单。</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} issued {qty} {unit} ({reason}, handled by {operator})</source>
        <translation>{at:%Y-%m-%d %H:%M} 出库 {qty} {unit}（{reason}，经办：{operator}）</translation>
    </message>
</context>
<context>
    <name>services.hour_rules</name>
    <message>
        <source>The rounding step can only be {steps} minutes.</source>
        <translation>取整单位只能是 {steps} 分钟。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The rounding can only be “down” or “to the nearest”.</source>
        <translation>取整方式只能是“向下”或“四舍五入”。</translation>
    </message>
    <message>
        <source>The daily limit must be between 0 and 24 hours (0 means no limit).</source>
        <translation>每日时长上限应在 0 到 24 小时之间（0 表示不设上限）。</translation>
    </message>
    <message>
        <source>The active standard and the yearly target must be 1 to 1000 hours.</source>
        <translation>活跃标准和年度目标应为 1 到 1000 小时。</translation>
    </message>
    <message>
        <source>{sign}{hours} h {minutes} min</source>
        <translation>{sign}{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{sign}{hours} h</source>
        <translation>{sign}{hours}小时</translation>
    </message>
    <message>
        <source>{sign}{minutes} minutes</source>
        <translation>{sign}{minutes}分钟</translation>
    </message>
</context>
<context>
    <name>services.hours</name>
    <message>
        <source>This activity was not found; it may have been deleted.</source>
        <translation>找不到这个活动，可能已被删除。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Please give the reason for adding or correcting hours, for the record.</source>
        <translation>请写明补录或更正的原因，以备核查。</translation>
    </message>
    <message>
        <source>The time must be a non-zero number of minutes (negative to take off).</source>
        <translation>时长应为不为零的分钟数（负数表示扣减）。</translation>
    </message>
    <message>
        <source>This volunteer was not found.</source>
        <translation>找不到这位志愿者。</translation>
    </message>
    <message>
        <source>Please state why it is voided.</source>
        <translation>请写明作废的原因。</translation>
    </message>
    <message>
        <source>This correction was not found.</source>
        <translation>找不到这条补录记录。</translation>
    </message>
    <message>
        <source>This record has already been voided.</source>
        <translation>这条记录已经作废过了。</translation>
    </message>
</context>
<context>
    <name>services.households</name>
    <message>
        <source>This volunteer was not found; they may have been deleted. Refresh and try again.</source>
        <translation>找不到这位志愿者，可能已被删除。请刷新后重试。</translation>
    </message>
    <message>
        <source>“{name}” has left and cannot look after households. Restore them to the roster first, or give the household to another volunteer.</source>
        <translation>“{name}”已退出，不能再联系户。请先恢复在册，或把户分给其他志愿者。</translation>
    </message>
    <message>
        <source>Please give the name of the head of the household.</source>
        <translation>请填写户主姓名。</translation>
    </message>
    <message>
        <source>“{name}” already looks after {count} households (the limit of 1+10). Give this household to another volunteer.</source>
        <translation>“{name}”已联系 {count} 户（1+10 的上限）。请把这户分给其他志愿者。</translation>
    </message>
    <message>
        <source>“{name}” already looks after {count} households; no more can be added.</source>
        <translation>“{name}”已联系 {count} 户，不能再增加。</translation>
    </message>
    <message>
        <source>The visit date cannot be later than today.</source>
        <translation>走访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The household of “{name}” has no volunteer yet; assign one first.</source>
        <translation>“{name}”户还没有联系志愿者，请先分配。</translation>
    </message>
    <message>
        <source>Please give the reason for the withdrawal, for example “wrong household”.</source>
        <translation>请写明撤销原因，例如“录错了户”。</translation>
    </message>
    <message>
        <source>This visit record was not found.</source>
        <translation>找不到这条走访记录。</translation>
    </message>
    <message>
        <source>This visit record has already been withdrawn.</source>
        <translation>这条走访记录已经撤销过了。</translation>
    </message>
</context>
<context>
    <name>services.kiosk</name>
    <message>
        <source>{name}, signed in ({time})</source>
        <translation>{name}，已签到（{time}）</translation>
    </message>
    <message>
        <source>{name}, signed out ({time}); served {duration} this time</source>
        <translation>{name}，已签退（{time}），本次服务{duration}</translation>
    </message>
    <message>
        <source>{name}, signed in already ({time}); tap again at the end of the activity to sign out</source>
        <translation>{name}，已签到（{time}），活动结束时再点一次签退</translation>
    </message>
    <message>
        <source>{name}, signed out already ({time})</source>
        <translation>{name}，已经签退过了（{time}）</translation>
    </message>
    <message>
        <source>This activity was not found; it may have been deleted. Leave the kiosk and choose the activity again.</source>
        <translation>找不到这个活动，可能已被删除。请退出签到台重新选择活动。</translation>
    </message>
    <message>
        <source>This volunteer was not found. Register below under “New volunteer”.</source>
        <translation>找不到这位志愿者。请在下方“新来的志愿者”处登记。</translation>
    </message>
    <message>
        <source>This activity is on {day:%Y-%m-%d}, not today; the kiosk cannot sign in for it. To add hours later, the station head corrects them on the Activities page.</source>
        <translation>这个活动在 {day:%Y-%m-%d}，不是今天，签到台不能为它签到。如需补记，请站长在“活动”页面更正时长。</translation>
    </message>
    <message>
        <source>Registered at the kiosk; details to be completed</source>
        <translation>签到台现场登记，待补全信息</translation>
    </message>
    <message>
        <source>The sign-in desk PIN must be {low} to {high} digits.</source>
        <translation>签到台密码应为 {low} 到 {high} 位数字。</translation>
    </message>
</context>
<context>
    <name>services.lookup</name>
    <message>
        <source>This activity was not found; it may have been deleted.</source>
        <translation>找不到这个活动，可能已被删除。</translation>
    </message>
    <message>
        <source>This volunteer was not found; they may have been deleted.</source>
        <translation>找不到这位志愿者，可能已被删除。</translation>
    </message>
    <message>
        <source>This team was not found; it may have been deleted.</source>
        <translation>找不到这个队伍，可能已被删除。</translation>
    </message>
    <message>
        <source>This photo was not found.</source>
        <translation>找不到这张照片。</translation>
    </message>
    <message>
        <source>This household was not found; it may have been deleted. Refresh and try again.</source>
        <translation>找不到这一户，可能已被删除。请刷新后重试。</translation>
    </message>
    <message>
        <source>This record was not found; it may have been deleted.</source>
        <translation>找不到这条记录，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>services.papers</name>
    <message>
        <source>{paper} needs an activity (on the command line: --activity ACTIVITY_ID).</source>
        <translation>{paper}需要先选择一个活动（命令行用 --activity 活动编号）。</translation>
    </message>
    <message>
        <source>{paper} needs a volunteer (on the command line: --volunteer VOLUNTEER_ID).</source>
        <translation>{paper}需要先选择一位志愿者（命令行用 --volunteer 志愿者编号）。</translation>
    </message>
    <message>
        <source>{paper} needs a period (on the command line: --month 2026-03 or --year 2026).</source>
        <translation>{paper}需要一个时间段（命令行用 --month 2026-03 或 --year 2026）。</translation>
    </message>
    <message>
        <source>This paper is not a table and cannot be saved as Excel; save it as PDF.</source>
        <translation>这份文书不是表格，不能导出为 Excel，请导出为 PDF。</translation>
    </message>
    <message>
        <source>The format can only be {formats}.</source>
        <translation>格式只能是 {formats}。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist; choose another place to save.</source>
        <translation>文件夹“{folder}”不存在，请换一个保存位置。</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: it may be open in WPS/Excel or a PDF reader; close it and try again.</source>
        <translation>无法写入“{path}”：文件可能正在被 WPS/Excel 或 PDF 阅读器打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>{paper} is not a table and cannot be saved as Excel; use --format pdf.</source>
        <translation>{paper}不是表格，不能导出为 Excel，请用 --format pdf。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
    <message>
        <source>This activity was not found; it may have been deleted. Choose it again in the activity list.</source>
        <translation>找不到这个活动，可能已被删除。请在活动列表中重新选择。</translation>
    </message>
    <message>
        <source>The register can only be grouped by volunteer or by activity.</source>
        <translation>登记簿只能按志愿者或按活动分组。</translation>
    </message>
    <message>
        <source>This volunteer was not found; they may have been deleted. Check the roster.</source>
        <translation>找不到这位志愿者，可能已被删除。请在志愿者台账中核对。</translation>
    </message>
    <message>
        <source>This activity is not in the chosen period. Check the activity or the period.</source>
        <translation>所选时间段内找不到这个活动。请检查活动或时间段。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation>（已退出）</translation>
    </message>
    <message>
        <source>by volunteer (default) or by activity</source>
        <translation>按志愿者（默认）或按活动分组</translation>
    </message>
    <message>
        <source>filled from the kiosk&apos;s records (default: blank, for signing by hand)</source>
        <translation>按签到台记录填好（默认空白手签表）</translation>
    </message>
    <message>
        <source>handled by (default: the station head)</source>
        <translation>经办人（默认为站长）</translation>
    </message>
    <message>
        <source>person in charge (default: the station head)</source>
        <translation>负责人（默认为站长）</translation>
    </message>
    <message>
        <source>only a draft: no number, not registered</source>
        <translation>只生成草稿，不编号、不登记</translation>
    </message>
    <message>
        <source>request number or id</source>
        <translation>单号或编号</translation>
    </message>
    <message>
        <source>half an A4 sheet (A5)</source>
        <translation>半张 A4（A5）</translation>
    </message>
    <message>
        <source>The request receipt needs a request (on the command line: request receipt NUMBER).</source>
        <translation>点单回执需要先选择一张点单（命令行用 request receipt 单号）。</translation>
    </message>
    <message>
        <source>Residents&apos; request receipt</source>
        <translation>群众点单回执</translation>
    </message>
    <message>
        <source>the residents&apos; request receipt (A4, or --half for half a sheet)</source>
        <translation>群众点单回执（A4，或 --half 半张 A4）</translation>
    </message>
    <message>
        <source>Residents&apos; requests ledger</source>
        <translation>群众点单台账</translation>
    </message>
    <message>
        <source>the residents&apos; requests ledger (by month)</source>
        <translation>群众点单台账（按月）</translation>
    </message>
    <message>
        <source>Star rating self-check</source>
        <translation>星级评定自查表</translation>
    </message>
    <message>
        <source>the star rating self-check: the eight standards and the targets, with the evidence (--year)</source>
        <translation>星级评定自查表：“八有”标准和量化指标，附佐证（--year）</translation>
    </message>
    <message>
        <source>points scheme (default: the first)</source>
        <translation>积分方案（默认第一个）</translation>
    </message>
    <message>
        <source>paper size (default A4)</source>
        <translation>纸张大小（默认 A4）</translation>
    </message>
    <message>
        <source>Points board</source>
        <translation>积分榜</translation>
    </message>
    <message>
        <source>the month&apos;s points board of a scheme, A4 or A3 (--scheme, --size)</source>
        <translation>某个积分方案的月度积分榜，A4 或 A3（--scheme、--size）</translation>
    </message>
    <message>
        <source>Goods stock sheet</source>
        <translation>爱心超市库存表</translation>
    </message>
    <message>
        <source>the month&apos;s stock sheet of the charity-shop goods</source>
        <translation>爱心超市物品的月度库存表</translation>
    </message>
    <message>
        <source>Volunteer service register</source>
        <translation>志愿者服务登记簿</translation>
    </message>
    <message>
        <source>the volunteer service register (by volunteer or by activity)</source>
        <translation>志愿者服务登记簿（按志愿者或按活动）</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>an activity&apos;s sign-in sheet (blank for signing by hand, or --filled from the sign-ins)</source>
        <translation>活动签到表（空白供手签，或 --filled 按签到记录填好）</translation>
    </message>
    <message>
        <source>Activity record</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>the activity record (with photos)</source>
        <translation>活动记录（含照片）</translation>
    </message>
    <message>
        <source>Certificate of volunteer service</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>the certificate of volunteer service (issued and numbered in the register)</source>
        <translation>志愿服务证明（出具并登记编号）</translation>
    </message>
    <message>
        <source>Register of volunteer service certificates</source>
        <translation>志愿服务证明登记簿</translation>
    </message>
    <message>
        <source>the register of certificates of volunteer service</source>
        <translation>志愿服务证明登记簿</translation>
    </message>
    <message>
        <source>Monthly report and target check</source>
        <translation>月度通报与目标检查</translation>
    </message>
    <message>
        <source>the monthly report and target check</source>
        <translation>月度通报与目标检查</translation>
    </message>
    <message>
        <source>Unknown paper “{name}”; the choices are {choices}.</source>
        <translation>未知的报表“{name}”，可选：{choices}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>services.photos</name>
    <message>
        <source>“{name}” is not a picture that can be read, or it is damaged; skipped.</source>
        <translation>“{name}”不是能识别的图片，或已损坏，已跳过。</translation>
    </message>
    <message>
        <source>The file “{path}” was not found.</source>
        <translation>找不到文件“{path}”。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({reason}); skipped.</source>
        <translation>“{name}”无法读取（{reason}），已跳过。</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>“{name}” was taken at {taken:%Y-%m-%d %H:%M}, outside the activity ({start:%Y-%m-%d %H:%M} to {end:%H:%M}); check that it belongs to this activity.</source>
        <translation>“{name}”的拍摄时间是 {taken:%Y-%m-%d %H:%M}，不在活动时间（{start:%Y-%m-%d %H:%M} 至 {end:%H:%M}）内，请核对是否放错了活动。</translation>
    </message>
    <message>
        <source>{count} photos added</source>
        <translation>已添加 {count} 张照片</translation>
    </message>
    <message>
        <source>, {count} duplicates skipped</source>
        <translation>，{count} 张重复已跳过</translation>
    </message>
    <message>
        <source>, {count} files could not be imported</source>
        <translation>，{count} 个文件无法导入</translation>
    </message>
    <message>
        <source> (cancelled, {count} left undone)</source>
        <translation>（已取消，剩余 {count} 个未处理）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>services.points</name>
    <message>
        <source>Per hour of service</source>
        <translation>每服务 1 小时</translation>
    </message>
    <message>
        <source>Per activity attended</source>
        <translation>每参加 1 次活动</translation>
    </message>
    <message>
        <source>Per theory lecture attended</source>
        <translation>每参加 1 次理论宣讲</translation>
    </message>
    <message>
        <source>Per 1+10 visit</source>
        <translation>每次 1+10 走访</translation>
    </message>
    <message>
        <source>Per request served and rated satisfied</source>
        <translation>每次点单服务获评满意</translation>
    </message>
    <message>
        <source>Yearly active-volunteer bonus</source>
        <translation>年度活跃志愿者奖励</translation>
    </message>
    <message>
        <source>Part hours not counted</source>
        <translation>不足 1 小时不计</translation>
    </message>
    <message>
        <source>By half hours</source>
        <translation>按半小时计</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation>按实际时长</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>扣减</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>转赠</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>{what} must be a number, e.g. 2 or 1.5.</source>
        <translation>{what}应是一个数，例如 2 或 1.5。</translation>
    </message>
    <message>
        <source>{what} has at most two decimals.</source>
        <translation>{what}最多两位小数。</translation>
    </message>
    <message>
        <source>{what} is too large.</source>
        <translation>{what}太大了。</translation>
    </message>
    <message>
        <source>A points scheme needs a name of at most 30 characters.</source>
        <translation>积分项目的名称不能为空，最多 30 个字。</translation>
    </message>
    <message>
        <source>The unit must be one of: {units}.</source>
        <translation>单位只能是 {units}。</translation>
    </message>
    <message>
        <source>The validity must be 0 to 120 months (0: no expiry).</source>
        <translation>有效期应为 0 到 120 个月（0 表示长期有效）。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
    <message>
        <source>There is already a points scheme called “{name}”.</source>
        <translation>已经有名为“{name}”的积分项目了。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(none yet: add one with points scheme add)</source>
        <translation>（还没有，用 points scheme add 新建）</translation>
    </message>
    <message>
        <source>No points scheme “{key}”. There are: {names}.</source>
        <translation>找不到积分项目“{key}”。现有：{names}。</translation>
    </message>
    <message>
        <source>This points scheme was not found.</source>
        <translation>找不到这个积分项目。</translation>
    </message>
    <message>
        <source>Unknown rule kind “{kind}”.</source>
        <translation>未知的规则类型“{kind}”。</translation>
    </message>
    <message>
        <source>A rule must give more than 0 (deduct by hand instead).</source>
        <translation>规则给的分值应大于 0（扣分请用手工扣减）。</translation>
    </message>
    <message>
        <source>The rounding must be down (part hours not counted), half (by half hours) or exact.</source>
        <translation>取整方式只能是 down（不足 1 小时不计）、half（按半小时）或 exact（按实际）。</translation>
    </message>
    <message>
        <source>The active-volunteer threshold must be 1 to 1000 hours.</source>
        <translation>活跃志愿者的标准应为 1 到 1000 小时。</translation>
    </message>
    <message>
        <source>This scheme already has a rule of this kind in force then; to change the amount use “Adjust”, from a given day.</source>
        <translation>这个积分项目已有同类规则在这段时间生效；要改分值请用“调整”，从某天起生效。</translation>
    </message>
    <message>
        <source>This points rule was not found.</source>
        <translation>找不到这条积分规则。</translation>
    </message>
    <message>
        <source>An adjustment takes effect today or later, never in the past.</source>
        <translation>规则的调整只能从今天或以后生效，不能倒推到过去。</translation>
    </message>
    <message>
        <source>The adjustment must start after the rule&apos;s start date {date}.</source>
        <translation>调整的生效日期应晚于原规则的开始日期 {date}。</translation>
    </message>
    <message>
        <source>This rule ended on {date} and cannot be adjusted.</source>
        <translation>这条规则已于 {date} 停用，不能再调整。</translation>
    </message>
    <message>
        <source>The end date cannot be before today: points already earned are never taken back.</source>
        <translation>停用日期不能早于今天：已经获得的积分不会倒扣。</translation>
    </message>
    <message>
        <source> ({category})</source>
        <translation>（{category}）</translation>
    </message>
    <message>
        <source> (≥ {hours} hours in the year)</source>
        <translation>（全年 ≥ {hours} 小时）</translation>
    </message>
    <message>
        <source>{what}: {amount} {unit}</source>
        <translation>{what}得 {amount} {unit}</translation>
    </message>
    <message>
        <source>, {rounding}</source>
        <translation>，{rounding}</translation>
    </message>
    <message>
        <source>This volunteer was not found.</source>
        <translation>找不到这位志愿者。</translation>
    </message>
    <message>
        <source>Points given or deducted by hand need a reason, for checking.</source>
        <translation>手工加分或扣分要写明原因，以备核查。</translation>
    </message>
    <message>
        <source>Write who handled it.</source>
        <translation>请写明经办人。</translation>
    </message>
    <message>
        <source>The amount cannot be 0 (negative deducts).</source>
        <translation>分值不能为 0（负数表示扣减）。</translation>
    </message>
    <message>
        <source>This points rule was not found (or it belongs to another scheme).</source>
        <translation>找不到这条积分规则（或它不属于这个积分项目）。</translation>
    </message>
    <message>
        <source>Write why it is voided.</source>
        <translation>请写明作废的原因。</translation>
    </message>
    <message>
        <source>This points record was not found (a void record cannot itself be voided).</source>
        <translation>找不到这条积分记录（作废记录本身不能再作废）。</translation>
    </message>
    <message>
        <source>This record is already voided.</source>
        <translation>这条记录已经作废过了。</translation>
    </message>
    <message>
        <source>The amount given must be more than 0.</source>
        <translation>转赠的数量应大于 0。</translation>
    </message>
    <message>
        <source>A volunteer cannot give to themself.</source>
        <translation>不能转赠给自己。</translation>
    </message>
    <message>
        <source>Given to family</source>
        <translation>转赠家人</translation>
    </message>
    <message>
        <source>{name} has only {have} {unit} of {scheme}, not enough to give.</source>
        <translation>{name}的{scheme}余额只有 {have} {unit}，不够转赠。</translation>
    </message>
    <message>
        <source>Given to {name}: {reason}</source>
        <translation>转赠给{name}：{reason}</translation>
    </message>
    <message>
        <source>Given by {name}: {reason}</source>
        <translation>{name}转赠：{reason}</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M} {kind} {amount} ({reason}, handled by {operator})</source>
        <translation>{at:%Y-%m-%d %H:%M} {kind} {amount}（{reason}，经办：{operator}）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>services.points_papers</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The paper must be A4 or A3.</source>
        <translation>纸张只能是 A4 或 A3。</translation>
    </message>
</context>
<context>
    <name>services.points_rules</name>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>Activity attended</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Theory lecture attended</source>
        <translation>参加理论宣讲</translation>
    </message>
    <message>
        <source>1+10 visit</source>
        <translation>1+10 走访</translation>
    </message>
    <message>
        <source>Request served, rated satisfied</source>
        <translation>点单服务获评满意</translation>
    </message>
    <message>
        <source>Yearly active-volunteer bonus</source>
        <translation>年度活跃志愿者奖励</translation>
    </message>
    <message>
        <source>Validity ended</source>
        <translation>有效期满</translation>
    </message>
    <message>
        <source>Hours entered later</source>
        <translation>补录时长</translation>
    </message>
    <message>
        <source>Residents&apos; request served (satisfied)</source>
        <translation>群众点单服务（满意）</translation>
    </message>
    <message>
        <source>Yearly active volunteer</source>
        <translation>年度活跃志愿者</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工记录</translation>
    </message>
    <message>
        <source>Love supermarket redemption</source>
        <translation>爱心超市兑换</translation>
    </message>
    <message>
        <source>Time bank gift</source>
        <translation>时间银行转赠</translation>
    </message>
    <message>
        <source>By rule: {rule}</source>
        <translation>按规则：{rule}</translation>
    </message>
    <message>
        <source>The source record was voided or changed, or the rule adjusted</source>
        <translation>来源记录已作废、已更改或规则已调整</translation>
    </message>
    <message>
        <source>Expiry recomputed</source>
        <translation>过期记录已重算</translation>
    </message>
    <message>
        <source>Points earned on {date} are past their validity</source>
        <translation>{date} 获得的积分超过有效期</translation>
    </message>
</context>
<context>
    <name>services.points_rulesets</name>
    <message>
        <source>No rule set “{name}”. There are: {names}.</source>
        <translation>找不到规则“{name}”。可选：{names}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{name}” is already adopted. To adjust it, change its rules.</source>
        <translation>已经采用了“{name}”。要调整请修改其中的规则。</translation>
    </message>
    <message>
        <source>“{scheme}” already has a rule “{rule}” in force; end it first, or adopt from a day after it ends.</source>
        <translation>“{scheme}”已有“{rule}”的规则在生效，请先停用它，或把采用日期定在它停用之后。</translation>
    </message>
</context>
<context>
    <name>services.preferences</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>Unknown type size “{value}”: use one of {choices}.</source>
        <translation>没有“{value}”这种字号，请选：{choices}。</translation>
    </message>
</context>
<context>
    <name>services.rebuild</name>
    <message>
        <source>This PC&apos;s sync credentials cannot be read any more, so the data cannot be fetched from the county. Enrol this PC again with a new code from the county centre.</source>
        <translation>这台电脑的同步凭据已读不出来，无法从县中心取回数据。请向县中心要新的登记码，重新登记这台电脑。</translation>
    </message>
</context>
<context>
    <name>services.recovery</name>
    <message>
        <source>No account “{name}”.</source>
        <translation>没有账号“{name}”。</translation>
    </message>
    <message>
        <source>This PC has not given its data key to the county yet (enrol and sync once first), so a reset code cannot reset the password.</source>
        <translation>本机还没有把数据密钥交给县中心（需要先注册并同步一次），无法用重置码重置密码。</translation>
    </message>
    <message>
        <source>The key from the county does not open this PC&apos;s data. Contact the county.</source>
        <translation>县中心给出的密钥打不开本机的数据。请联系县中心。</translation>
    </message>
    <message>
        <source>county reset code</source>
        <translation>县中心重置码</translation>
    </message>
</context>
<context>
    <name>services.request_queries</name>
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
        <source>Done, waiting for a rating</source>
        <translation>已完成待评</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评单</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>点单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Send up to the county</source>
        <translation>上报县中心</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>Service done</source>
        <translation>服务完成</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>评单</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Settle a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source> ({comment})</source>
        <translation>（{comment}）</translation>
    </message>
    <message>
        <source> (settled)</source>
        <translation>（已处理）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
</context>
<context>
    <name>services.requests</name>
    <message>
        <source>No station has been set up yet. Finish the first-run setup first (command line: python -m desktop init --station NAME).</source>
        <translation>还没有建立实践站。请先完成首次设置（命令行：python -m desktop init --station 名称）。</translation>
    </message>
    <message>
        <source>Give the request number or id.</source>
        <translation>请给出单号或编号。</translation>
    </message>
    <message>
        <source>No request with the number or id “{ref}”.</source>
        <translation>找不到单号或编号为“{ref}”的点单。</translation>
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
        <source>The service menu has more than one “{ref}”; use the id.</source>
        <translation>服务菜单里有多个“{ref}”，请用编号。</translation>
    </message>
    <message>
        <source>The service menu has no “{ref}”. See the items with request menu.</source>
        <translation>服务菜单里没有“{ref}”。用 request menu 查看可选的服务项目。</translation>
    </message>
    <message>
        <source>This station has no team “{ref}”.</source>
        <translation>本站没有队伍“{ref}”。</translation>
    </message>
    <message>
        <source>This station has {n} volunteers called “{ref}”; use the id.</source>
        <translation>本站有 {n} 位叫“{ref}”的志愿者，请用编号。</translation>
    </message>
    <message>
        <source>This station has no volunteer “{ref}”.</source>
        <translation>本站没有志愿者“{ref}”。</translation>
    </message>
    <message>
        <source>Fill in the resident&apos;s name.</source>
        <translation>请填写群众姓名。</translation>
    </message>
    <message>
        <source>Pick an item of the service menu, or write down what the resident needs.</source>
        <translation>请选择服务菜单中的项目，或写下群众要办的事。</translation>
    </message>
    <message>
        <source>The channel must be one of: {channels}.</source>
        <translation>渠道应为：{channels}。</translation>
    </message>
    <message>
        <source>A phone number may only contain digits.</source>
        <translation>电话号码只能包含数字。</translation>
    </message>
    <message>
        <source>To dispatch, give one team, one volunteer, or send it up to the county (one of the three).</source>
        <translation>派单请给出一支队伍、一位志愿者，或上报县中心（三选一）。</translation>
    </message>
    <message>
        <source>To accept, give the accepting team or volunteer (one of the two).</source>
        <translation>接单请给出接单的队伍或志愿者（二选一）。</translation>
    </message>
    <message>
        <source>Write why it cannot be accepted.</source>
        <translation>请写明不能接单的原因。</translation>
    </message>
    <message>
        <source>For a done service link an activity, or give the hours (one of the two).</source>
        <translation>服务完成请关联一个活动，或直接填写时长（二选一）。</translation>
    </message>
    <message>
        <source>With hours, give the volunteer who served (--volunteer).</source>
        <translation>直接填写时长时请给出服务的志愿者（--volunteer）。</translation>
    </message>
    <message>
        <source>The service hours must be between 0 and 24.</source>
        <translation>服务时长应在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>No such activity; it may have been deleted.</source>
        <translation>找不到这个活动，可能已被删除。</translation>
    </message>
    <message>
        <source>Request service {number} {title}</source>
        <translation>点单服务 {number} {title}</translation>
    </message>
    <message>
        <source>The rating must be one of: {ratings}.</source>
        <translation>评价应为：{ratings}。</translation>
    </message>
    <message>
        <source>This request has no such record.</source>
        <translation>这张单子没有这条记录。</translation>
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
        <source>The service menu has no such item.</source>
        <translation>服务菜单里没有这个项目。</translation>
    </message>
    <message>
        <source>This item was published by the county centre; only the county centre can change it.</source>
        <translation>这是县中心发布的服务项目，只能由县中心修改。</translation>
    </message>
</context>
<context>
    <name>services.restore</name>
    <message>
        <source>volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>sign-ins</source>
        <translation>签到记录</translation>
    </message>
    <message>
        <source>audit records</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Backup {name} ({at:%Y-%m-%d %H:%M}, {kb} KB): station “{station}”, {counts}.</source>
        <translation>备份 {name}（{at:%Y-%m-%d %H:%M}，{kb} KB）：实践站“{station}”，{counts}。</translation>
    </message>
    <message>
        <source>“{name}” is empty or missing and cannot be restored from.</source>
        <translation>“{name}”是空文件或不存在，不能用来恢复。</translation>
    </message>
    <message>
        <source>No backup file “{path}”.</source>
        <translation>找不到备份文件“{path}”。</translation>
    </message>
    <message>
        <source>The backup “{name}” cannot be opened or is damaged ({verdict}); choose another backup.</source>
        <translation>备份“{name}”无法打开或已损坏（{verdict}），请选择另一个备份。</translation>
    </message>
    <message>
        <source>The backup “{name}” failed its check after copying and was not restored. Choose another backup.</source>
        <translation>备份“{name}”复制后检查没有通过，没有恢复。请选择另一个备份。</translation>
    </message>
</context>
<context>
    <name>services.roster</name>
    <message>
        <source>Unknown team preset “{preset}”; the choices are {choices}.</source>
        <translation>未知的队伍预设“{preset}”，可选：{choices}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>不能把一条记录合并到它自己。</translation>
    </message>
    <message>
        <source>The volunteer record to merge does not exist; it may have been deleted or merged. Refresh the roster.</source>
        <translation>要合并的志愿者记录不存在，可能已被删除或合并。请刷新名册。</translation>
    </message>
    <message>
        <source>Both records of “{name}” have sign-ins or hours, so they cannot be merged automatically. Ask the county centre.</source>
        <translation>两条“{name}”记录都有签到或时长记录，不能自动合并。请联系县中心处理。</translation>
    </message>
    <message>
        <source>The record of “{name}” being merged away has sign-ins or hours; do it the other way round: keep that one and merge this one into it.</source>
        <translation>被合并的“{name}”已有签到或时长记录，请反过来操作：保留那一条，把这一条合并进去。</translation>
    </message>
</context>
<context>
    <name>services.selfcheck</name>
    <message>
        <source>A fixed place</source>
        <translation>有固定场所</translation>
    </message>
    <message>
        <source>A manager</source>
        <translation>有管理人员</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>有志愿服务队伍</translation>
    </message>
    <message>
        <source>Regular activities</source>
        <translation>有经常性活动</translation>
    </message>
    <message>
        <source>Service projects</source>
        <translation>有服务项目</translation>
    </message>
    <message>
        <source>Uniform signage</source>
        <translation>有统一标识</translation>
    </message>
    <message>
        <source>Management rules</source>
        <translation>有管理制度</translation>
    </message>
    <message>
        <source>Work results</source>
        <translation>有工作成效</translation>
    </message>
    <message>
        <source>Residents&apos; appraisal</source>
        <translation>群众评议</translation>
    </message>
    <message>
        <source>Where the station is and what rooms it has, for example “Village committee building, 2nd floor, 120 m²: lecture hall, reading corner”.</source>
        <translation>实践站的位置和功能室，例如“村委会二楼，120 平方米：宣讲大厅、阅读角”。</translation>
    </message>
    <message>
        <source>The station&apos;s service projects, for example “Elderly meal help; weekend homework class”.</source>
        <translation>本站的服务项目，例如“助老食堂；周末课堂”。</translation>
    </message>
    <message>
        <source>The signs put up, for example “Door plaque at the entrance, uniform logo on the notice board”.</source>
        <translation>挂出的标识，例如“门口挂牌，宣传栏统一标识”。</translation>
    </message>
    <message>
        <source>The rules on the wall, for example “Volunteer service rules, activity rules, ledger rules”.</source>
        <translation>上墙的制度，例如“志愿服务制度、活动制度、台账管理制度”。</translation>
    </message>
    <message>
        <source>Who manages the station day to day besides the head, if anyone.</source>
        <translation>除站长外负责日常管理的人员（如有）。</translation>
    </message>
    <message>
        <source>Anything the team list does not show.</source>
        <translation>队伍名单里没有体现的情况。</translation>
    </message>
    <message>
        <source>Anything the activity records do not show.</source>
        <translation>活动记录里没有体现的情况。</translation>
    </message>
    <message>
        <source>Commendations, press reports, residents&apos; thanks.</source>
        <translation>表彰、媒体报道、群众感谢信等。</translation>
    </message>
    <message>
        <source>Residents&apos; opinions collected by the station.</source>
        <translation>实践站收集的群众意见。</translation>
    </message>
    <message>
        <source>Unknown indicator “{key}”; the choices are {keys}.</source>
        <translation>没有指标“{key}”，可选 {keys}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Write what the station has for this indicator, for example where the signs are.</source>
        <translation>请写明本站这项指标的情况，例如标识挂在哪里。</translation>
    </message>
    <message>
        <source>The statement is too long: at most {n} characters.</source>
        <translation>填报内容太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>The station&apos;s place is registered (Settings → station details → address)</source>
        <translation>登记了活动场所（设置 → 实践站信息 → 地址）</translation>
    </message>
    <message>
        <source>No address registered</source>
        <translation>未登记地址</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>地址：{address}</translation>
    </message>
    <message>
        <source>Fill in the station&apos;s address in Settings, and add a photo of the place here.</source>
        <translation>请在“设置”中填写实践站地址，并在这里补一张场所照片。</translation>
    </message>
    <message>
        <source>A station head is registered</source>
        <translation>登记了站长</translation>
    </message>
    <message>
        <source>No station head registered</source>
        <translation>未登记站长</translation>
    </message>
    <message>
        <source>Station head: {name}</source>
        <translation>站长：{name}</translation>
    </message>
    <message>
        <source>, phone {phone}</source>
        <translation>，电话 {phone}</translation>
    </message>
    <message>
        <source>Fill in the station head in Settings.</source>
        <translation>请在“设置”中填写站长。</translation>
    </message>
    <message>
        <source>≥ {n:g} teams with members</source>
        <translation>有成员的队伍 ≥ {n:g} 支</translation>
    </message>
    <message>
        <source>{n} teams with members</source>
        <translation>{n} 支队伍有成员</translation>
    </message>
    <message>
        <source>{team}: {n} members</source>
        <translation>{team}：{n} 人</translation>
    </message>
    <message>
        <source>{n} more teams need members: add volunteers to teams on the roster.</source>
        <translation>还需 {n} 支队伍有成员：在志愿者名册中把志愿者加入队伍。</translation>
    </message>
    <message>
        <source>≥ {n:g} activities held in the year</source>
        <translation>全年开展活动 ≥ {n:g} 场</translation>
    </message>
    <message>
        <source>{n} activities held</source>
        <translation>已开展 {n} 场</translation>
    </message>
    <message>
        <source>By month: {months}</source>
        <translation>按月：{months}</translation>
    </message>
    <message>
        <source>{month}/{n}</source>
        <translation>{month}月 {n} 场</translation>
    </message>
    <message>
        <source>{n} more activities are needed this year; only held or recorded activities count.</source>
        <translation>今年还需开展 {n} 场活动；只计已开展或已记录的活动。</translation>
    </message>
    <message>
        <source>≥ {n:g}% of the volunteers with service hours</source>
        <translation>有服务时长的志愿者 ≥ {n:g}%</translation>
    </message>
    <message>
        <source>{share}% ({served}/{all} people)</source>
        <translation>{share}%（{served}/{all} 人）</translation>
    </message>
    <message>
        <source>{served} of {all} active volunteers have service hours this year (the register lists them).</source>
        <translation>在册 {all} 名志愿者中 {served} 名今年有服务时长（登记簿逐人列出）。</translation>
    </message>
    <message>
        <source>Encourage the volunteers without hours to take part.</source>
        <translation>动员还没有服务时长的志愿者参加活动。</translation>
    </message>
    <message>
        <source>On track for the year so far (about {n:g} expected by now).</source>
        <translation>符合全年进度（按进度此时应约 {n:g}）。</translation>
    </message>
    <message>
        <source>Behind the pace for the year (about {n:g} expected by now). </source>
        <translation>落后于全年进度（按进度此时应约 {n:g}）。</translation>
    </message>
    <message>
        <source>Station&apos;s statement: {text} ({by}, {at})</source>
        <translation>本站填报：{text}（{by}，{at}）</translation>
    </message>
    <message>
        <source>The county does not score this indicator.</source>
        <translation>县里不对这项指标计分。</translation>
    </message>
    <message>
        <source>Stated by the station, checked by the county on site</source>
        <translation>实践站自报，县里实地查看</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>已填报</translation>
    </message>
    <message>
        <source>, with a photo</source>
        <translation>，附照片</translation>
    </message>
    <message>
        <source>Add a photo as evidence for the inspection.</source>
        <translation>请补一张照片，供检查时佐证。</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Marked by the county&apos;s inspection</source>
        <translation>由县里检查组评定</translation>
    </message>
    <message>
        <source>Awaiting the county</source>
        <translation>待县里评定</translation>
    </message>
    <message>
        <source>Not counted in the estimate; the county&apos;s inspectors mark it.</source>
        <translation>不计入自评估算，由县里检查组打分。</translation>
    </message>
</context>
<context>
    <name>services.station</name>
    <message>
        <source>Please give the station&apos;s name, for example “X Village New Era Civilization Practice Station”.</source>
        <translation>请填写实践站名称，例如“某某村新时代文明实践站”。</translation>
    </message>
    <message>
        <source>A station has already been set up on this PC; it cannot be set up twice. To change the name, go to “Settings”.</source>
        <translation>本机已经建立了实践站，不能重复建立。如需修改名称，请到“设置”中修改。</translation>
    </message>
    <message>
        <source>Unknown team preset “{preset}”; the choices are {choices}.</source>
        <translation>未知的队伍预设“{preset}”，可选：{choices}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>These fields cannot be changed: {fields}.</source>
        <translation>不能修改这些字段：{fields}。</translation>
    </message>
    <message>
        <source>The station&apos;s name must not be empty.</source>
        <translation>实践站名称不能为空。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; finish the first-run setup first.</source>
        <translation>本机还没有建立实践站，请先完成首次设置。</translation>
    </message>
</context>
<context>
    <name>services.targets</name>
    <message>
        <source>The target “{label}” must be a whole number from 0 to 1000 (0 means not checked).</source>
        <translation>目标“{label}”应为 0 到 1000 之间的整数（0 表示不检查）。</translation>
    </message>
    <message>
        <source>A share cannot be more than 100%.</source>
        <translation>比例类目标不能超过 100%。</translation>
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
        <source>Unknown targets: {keys}.</source>
        <translation>未知的目标项：{keys}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{days} days are left this month.</source>
        <translation>本月还剩 {days} 天。</translation>
    </message>
    <message>
        <source>≥ {n} activities</source>
        <translation>≥ {n} 场</translation>
    </message>
    <message>
        <source>{n} activities</source>
        <translation>{n} 场</translation>
    </message>
    <message>
        <source>Station activities</source>
        <translation>实践站活动</translation>
    </message>
    <message>
        <source>{n} more activities are needed. {later}</source>
        <translation>还需组织 {n} 场活动。{later}</translation>
    </message>
    <message>
        <source>Theory lectures</source>
        <translation>理论宣讲</translation>
    </message>
    <message>
        <source>{n} more theory lectures are needed (tick “Theory lecture” when recording the activity). {later}</source>
        <translation>还需安排 {n} 场理论宣讲（活动登记时勾选“理论宣讲”）。{later}</translation>
    </message>
    <message>
        <source>Activities with the paired unit</source>
        <translation>结对共建单位活动</translation>
    </message>
    <message>
        <source>Contact the paired co-building unit to hold activities together, and fill in the unit in the activity.</source>
        <translation>请联系结对共建单位共同开展活动，并在活动中填写共建单位。</translation>
    </message>
    <message>
        <source>Concentrated activity day</source>
        <translation>集中活动日</translation>
    </message>
    <message>
        <source>An activity on {day:%m/%d} (the first Saturday)</source>
        <translation>{day:%m月%d日}（第一个星期六）有活动</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已开展</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>未开展</translation>
    </message>
    <message>
        <source>Plan a concentrated volunteer service activity on {day:%m/%d}.</source>
        <translation>请在 {day:%m月%d日} 安排集中志愿服务活动。</translation>
    </message>
    <message>
        <source>There is no activity on this month&apos;s concentrated activity day; if one was held, record it.</source>
        <translation>本月集中活动日没有活动记录；如已开展，请补登活动。</translation>
    </message>
    <message>
        <source>≥ 1 a week</source>
        <translation>每周 ≥ 1 次</translation>
    </message>
    <message>
        <source>The month has not started yet</source>
        <translation>本月尚未开始</translation>
    </message>
    <message>
        <source>≥ 1 a week for {weeks} weeks</source>
        <translation>{weeks} 周每周 ≥ 1 次</translation>
    </message>
    <message>
        <source>{weeks} weeks</source>
        <translation>{weeks} 周</translation>
    </message>
    <message>
        <source>The station head ({head}) organised no activity in {weeks} weeks; when recording an activity, put the station head as the person in charge.</source>
        <translation>站长（{head}）有 {weeks} 周没有组织活动；登记活动时请把负责人填为站长。</translation>
    </message>
    <message>
        <source>Put volunteers in teams on the roster; then each team&apos;s activities are counted.</source>
        <translation>请先在志愿者台账中把志愿者编入队伍，之后再统计各队伍的活动。</translation>
    </message>
    <message>
        <source>{done}/{all} teams reached it</source>
        <translation>{done}/{all} 支队伍达到</translation>
    </message>
    <message>
        <source>No team has members</source>
        <translation>没有有成员的队伍</translation>
    </message>
    <message>
        <source>{teams} need activities.</source>
        <translation>{teams} 需要安排活动。</translation>
    </message>
    <message>
        <source>{team} ({n} short)</source>
        <translation>{team}（差 {n} 场）</translation>
    </message>
    <message>
        <source>Activities of each team a month</source>
        <translation>各队伍每月活动</translation>
    </message>
    <message>
        <source>Concentrated services of each team</source>
        <translation>各队伍集中服务</translation>
    </message>
    <message>
        <source>≥ {n} per team</source>
        <translation>每队 ≥ {n} 场</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteers on the roster</source>
        <translation>有在册志愿者</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>Register volunteers on the roster first.</source>
        <translation>请先在志愿者台账中登记志愿者。</translation>
    </message>
    <message>
        <source>Average service hours a year</source>
        <translation>人均年服务时长</translation>
    </message>
    <message>
        <source>≥ {hours} hours each</source>
        <translation>每人 ≥ {hours} 小时</translation>
    </message>
    <message>
        <source>{done}/{all} people reached it</source>
        <translation>{done}/{all} 人达到</translation>
    </message>
    <message>
        <source>{n} volunteers have not reached {hours} hours yet; the register shows each one&apos;s hours.</source>
        <translation>还有 {n} 名志愿者未达到 {hours} 小时，可在登记簿中查看每人时长。</translation>
    </message>
    <message>
        <source>Volunteers with service records</source>
        <translation>有服务记录的志愿者</translation>
    </message>
    <message>
        <source>{share}% ({done}/{all} people)</source>
        <translation>{share}%（{done}/{all} 人）</translation>
    </message>
    <message>
        <source>Encourage the volunteers who have not taken part yet to serve.</source>
        <translation>请动员还没有参加过活动的志愿者参加服务。</translation>
    </message>
    <message>
        <source>Party members in volunteer service</source>
        <translation>党员参与志愿服务</translation>
    </message>
    <message>
        <source>No Party members on the roster</source>
        <translation>台账中没有党员</translation>
    </message>
    <message>
        <source>{n} Party members have no service record yet.</source>
        <translation>还有 {n} 名党员没有服务记录。</translation>
    </message>
    <message>
        <source>Active volunteers</source>
        <translation>活跃志愿者</translation>
    </message>
    <message>
        <source>≥ {hours} hours a year</source>
        <translation>年服务 ≥ {hours} 小时</translation>
    </message>
    <message>
        <source>1+10 household visits</source>
        <translation>1+10 联系户走访</translation>
    </message>
    <message>
        <source>≥ {n} a month per household</source>
        <translation>每户每月 ≥ {n} 次</translation>
    </message>
    <message>
        <source>No 1+10 households are assigned</source>
        <translation>尚未分配“1+10”联系户</translation>
    </message>
    <message>
        <source>{done}/{all} households visited</source>
        <translation>{done}/{all} 户已走访</translation>
    </message>
    <message>
        <source>{n} households have no visit this month.</source>
        <translation>还有 {n} 户本月没有走访记录。</translation>
    </message>
    <message>
        <source>≥ {share}% accepted in time</source>
        <translation>≥ {share}% 在时限内接单</translation>
    </message>
    <message>
        <source>Residents&apos; requests answered in time</source>
        <translation>群众点单按时响应</translation>
    </message>
    <message>
        <source>No requests with a deadline this month</source>
        <translation>本月没有有时限的点单</translation>
    </message>
    <message>
        <source>{n} requests were not accepted in time; dispatch them soon and follow up.</source>
        <translation>有 {n} 件点单没有在时限内接单，请尽快派单并回访。</translation>
    </message>
    <message>
        <source>{done}/{all} in time</source>
        <translation>{done}/{all} 件按时</translation>
    </message>
    <message>
        <source>{year}, months 1 to {month}</source>
        <translation>{year}年1—{month}月</translation>
    </message>
</context>
<context>
    <name>services.teams</name>
    <message>
        <source>The team name must not be empty.</source>
        <translation>队伍名称不能为空。</translation>
    </message>
    <message>
        <source>There is a team called “{name}” already; choose another name.</source>
        <translation>已经有名为“{name}”的队伍了，请换一个名称。</translation>
    </message>
    <message>
        <source>No team “{key}”. Create it first under “Volunteers → Teams”, or check the name.</source>
        <translation>找不到队伍“{key}”。请先在“志愿者 → 队伍”中建立，或检查名称。</translation>
    </message>
</context>
<context>
    <name>services.updates</name>
    <message>
        <source>Download cancelled; the next try continues where it stopped.</source>
        <translation>已取消下载，下次会从断开的地方继续。</translation>
    </message>
    <message>
        <source>Cannot get the new version from the county: {error}</source>
        <translation>无法从县中心取得新版本：{error}</translation>
    </message>
    <message>
        <source>The county sent wrong version information; try again later or contact the county.</source>
        <translation>县中心返回的版本信息不对，请稍后再试或联系县中心。</translation>
    </message>
    <message>
        <source>The county does not offer this installer ({status}).</source>
        <translation>县中心没有提供这个安装程序（{status}）。</translation>
    </message>
    <message>
        <source>The connection to the county broke during the download. What was downloaded is kept; the next try continues from there.</source>
        <translation>下载新版本时与县中心的连接断开了。已下载的部分会保留，下次从断开的地方继续。</translation>
    </message>
</context>
<context>
    <name>services.volunteers</name>
    <message>
        <source>{label} “{value}” is not a valid date; write it like 2024-03-01.</source>
        <translation>{label}“{value}”不是有效日期，请写成 2024-03-01 这样的格式。</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>未知字段“{key}”。</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>The name is too long (at most 50 characters).</source>
        <translation>姓名太长（最多 50 个字）。</translation>
    </message>
    <message>
        <source>The gender given is “{given}” but the ID number says “{card}”; please check.</source>
        <translation>性别填的是“{given}”，但身份证号显示为“{card}”，请核对。</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The volunteer “{name}” with an ID number ending in {last4} is already on the roster and cannot be registered twice.</source>
        <translation>身份证号 {last4} 结尾的志愿者“{name}”已在台账中，不能重复登记。</translation>
    </message>
    <message>
        <source>A volunteer with the same name and phone, “{name}” ({phone}), is already on the roster and cannot be registered twice.</source>
        <translation>已有同名同电话的志愿者“{name}”（{phone}），不能重复登记。</translation>
    </message>
    <message>
        <source>No volunteer with the id “{id}”. The volunteer list shows the ids.</source>
        <translation>找不到编号为“{id}”的志愿者。可用“志愿者列表”查看编号。</translation>
    </message>
    <message>
        <source>Please give the reason for leaving, for example “working away”, “health” or “own request”.</source>
        <translation>请填写退出原因，例如“外出务工”“身体原因”“本人申请”。</translation>
    </message>
    <message>
        <source>“{name}” has already left.</source>
        <translation>“{name}”已经是退出状态了。</translation>
    </message>
    <message>
        <source>“{name}” is on the roster already; nothing to restore.</source>
        <translation>“{name}”本来就在册，无需恢复。</translation>
    </message>
</context>
</TS>
