<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <source>set up the station (first use)</source>
        <translation>建立实践站（首次使用）</translation>
    </message>
    <message>
        <source>the volunteer roster</source>
        <translation>志愿者台账</translation>
    </message>
    <message>
        <source>civilization practice activities</source>
        <translation>文明实践活动</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>enter a paper sign-in sheet afterwards (back-entry)</source>
        <translation>补录纸质签到表</translation>
    </message>
    <message>
        <source>activity photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>volunteer service hours</source>
        <translation>志愿服务时长统计</translation>
    </message>
    <message>
        <source>print volunteer QR cards (A4 PDF)</source>
        <translation>打印志愿者二维码卡（A4 PDF）</translation>
    </message>
    <message>
        <source>set the station head&apos;s PIN (to leave the kiosk)</source>
        <translation>设置站长密码（退出签到台时使用）</translation>
    </message>
    <message>
        <source>make demo data (volunteers, teams, two years of activities and sign-ins)</source>
        <translation>生成演示数据（志愿者、队伍、两年的活动和签到）</translation>
    </message>
    <message>
        <source>check the data file</source>
        <translation>检查数据文件</translation>
    </message>
    <message>
        <source>back up the data (also to a USB drive)</source>
        <translation>备份数据（可备份到U盘）</translation>
    </message>
    <message>
        <source>import from Excel/CSV</source>
        <translation>从 Excel/CSV 导入</translation>
    </message>
    <message>
        <source>the certificate register: list, void</source>
        <translation>志愿服务证明登记簿：查看、作废</translation>
    </message>
    <message>
        <source>the star rating self-check: the eight standards and the targets, with the evidence</source>
        <translation>星级评定自查：“八有”标准和量化指标，附佐证</translation>
    </message>
    <message>
        <source>export (roster, register, sign-in sheets, ...)</source>
        <translation>导出（志愿者名册、登记簿、签到表等）</translation>
    </message>
    <message>
        <source>enrol this PC with the county server using the code from the county centre</source>
        <translation>用县中心发的注册码把本机注册到县中心服务器</translation>
    </message>
    <message>
        <source>sync with the county server</source>
        <translation>与县中心服务器同步</translation>
    </message>
    <message>
        <source>list the entries sync quarantined</source>
        <translation>查看同步时隔离的有问题的数据</translation>
    </message>
    <message>
        <source>show the sync state</source>
        <translation>查看同步状态</translation>
    </message>
    <message>
        <source>residents&apos; requests: order, dispatch, accept, rate</source>
        <translation>群众点单：点单、派单、接单、评单</translation>
    </message>
    <message>
        <source>see, download and install a new version from the county server</source>
        <translation>查看、下载、安装县中心发布的新版本</translation>
    </message>
    <message>
        <source>points, the time bank and the virtue bank</source>
        <translation>积分、时间银行与道德银行</translation>
    </message>
    <message>
        <source>the love supermarket: goods and stock</source>
        <translation>爱心超市物品与库存</translation>
    </message>
    <message>
        <source>redeem at the love supermarket (prints the slip)</source>
        <translation>爱心超市兑换（打印兑换单）</translation>
    </message>
    <message>
        <source>this PC&apos;s and this account&apos;s settings (type size)</source>
        <translation>本机和本账号的设置（字号）</translation>
    </message>
    <message>
        <source>create the station head&apos;s account for an existing station and encrypt the data (password from STATION_DESK_PASSWORD)</source>
        <translation>为已有的实践站建立站长账号并加密数据（密码来自 STATION_DESK_PASSWORD）</translation>
    </message>
    <message>
        <source>manage this PC&apos;s accounts (station head)</source>
        <translation>管理本机账号（站长）</translation>
    </message>
    <message>
        <source>see the audit log (station head)</source>
        <translation>查看操作记录（站长）</translation>
    </message>
    <message>
        <source>clear the personal data of volunteers who left (station head; the county sets how long it is kept)</source>
        <translation>清除退出志愿者的个人信息（站长；保存期限由县中心设定）</translation>
    </message>
    <message>
        <source>restore from a backup file (station head; the current data is backed up first)</source>
        <translation>从备份文件恢复（站长；恢复前会先自动备份当前数据）</translation>
    </message>
    <message>
        <source>the target check: what is met, what is missing, and the records counted</source>
        <translation>目标检查：已达标、未达标的项目及计入的记录</translation>
    </message>
    <message>
        <source>Error: wrong command arguments ({message}). See --help for the usage.</source>
        <translation>错误：命令参数不对（{message}）。用 --help 查看用法。</translation>
    </message>
    <message>
        <source>Station Desk</source>
        <translation>实践站工作台 Station Desk</translation>
    </message>
    <message>
        <source>data folder (by default this user&apos;s local data folder)</source>
        <translation>数据文件夹（默认为本用户的本地数据文件夹）</translation>
    </message>
    <message>
        <source>the account to sign in with (default: the station head); the password from STATION_DESK_PASSWORD</source>
        <translation>登录账号（默认：站长）；密码来自环境变量 STATION_DESK_PASSWORD</translation>
    </message>
    <message>
        <source>read the password from standard input (one line)</source>
        <translation>从标准输入读取密码（一行）</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>打开图形界面（默认）</translation>
    </message>
    <message>
        <source>language, for example zh_CN (the default) or en</source>
        <translation>界面语言，例如 zh_CN（默认）或 en</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>The details are in {path}; </source>
        <translation>详细信息已记录在 {path}，</translation>
    </message>
    <message>
        <source>Internal error: {error}. {hint}please send it to the county centre&apos;s technician.</source>
        <translation>程序内部错误：{error}。{hint}请把它发给县中心的技术人员。</translation>
    </message>
    <message>
        <source> (built {date})</source>
        <translation>（构建于 {date}）</translation>
    </message>
</context>
<context>
    <name>cli.accounts</name>
    <message>
        <source>manage this PC&apos;s accounts (station head)</source>
        <translation>管理本机账号（站长）</translation>
    </message>
    <message>
        <source>add an account: 站长 (head) / 录入员 (data clerk) / 签到员 (sign-in clerk)</source>
        <translation>新建账号：站长 / 录入员 / 签到员</translation>
    </message>
    <message>
        <source>站长, 录入员 or 签到员 (default 录入员)</source>
        <translation>站长、录入员 或 签到员（默认录入员）</translation>
    </message>
    <message>
        <source>the name shown</source>
        <translation>显示的姓名</translation>
    </message>
    <message>
        <source>read the new account&apos;s password from standard input</source>
        <translation>新账号的密码从标准输入读取</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账号</translation>
    </message>
    <message>
        <source>set a new password for an account</source>
        <translation>设置某个账号的新密码</translation>
    </message>
    <message>
        <source>forgotten password: set a new one with the county&apos;s one-time reset code (no sign-in needed)</source>
        <translation>忘记密码：用县中心发的一次性重置码设置新密码（不需要登录）</translation>
    </message>
    <message>
        <source>the reset code from the county, e.g. ABCD-EFGH</source>
        <translation>县中心发的重置码，例如 ABCD-EFGH</translation>
    </message>
    <message>
        <source>change an account&apos;s role (every PC of the station follows)</source>
        <translation>更改账号的角色（本站每台电脑都随之更改）</translation>
    </message>
    <message>
        <source>switch an account off</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>see the audit log (station head)</source>
        <translation>查看操作记录（站长）</translation>
    </message>
    <message>
        <source>only this person&apos;s actions</source>
        <translation>只看这个人的操作</translation>
    </message>
    <message>
        <source>only these actions (a prefix, e.g. volunteer or account)</source>
        <translation>只看这类操作（前缀，例如 volunteer 或 account）</translation>
    </message>
    <message>
        <source>start date YYYY-MM-DD</source>
        <translation>开始日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>end date YYYY-MM-DD (included)</source>
        <translation>结束日期 YYYY-MM-DD（含）</translation>
    </message>
    <message>
        <source>save these entries as a PDF, as the page&apos;s Save as PDF does</source>
        <translation>把这些记录保存为 PDF（与页面上的“保存为 PDF…”相同）</translation>
    </message>
    <message>
        <source>clear the personal data of volunteers who left (station head; the county sets how long it is kept)</source>
        <translation>清除退出志愿者的个人信息（站长；保存期限由县中心设定）</translation>
    </message>
    <message>
        <source>months to keep it (default: the county&apos;s setting)</source>
        <translation>保存期限（月），默认用县中心设定的期限</translation>
    </message>
    <message>
        <source>only count who would be cleared; clear nothing</source>
        <translation>只列出会清除的人数，不清除</translation>
    </message>
    <message>
        <source>restore from a backup file (station head; the current data is backed up first)</source>
        <translation>从备份文件恢复（站长；恢复前会先自动备份当前数据）</translation>
    </message>
    <message>
        <source>the backup file (.sqlite)</source>
        <translation>备份文件（.sqlite）</translation>
    </message>
    <message>
        <source>only show what the backup holds; restore nothing</source>
        <translation>只看备份里有什么，不恢复</translation>
    </message>
    <message>
        <source>a damaged data file with no good backup: rebuild the station from the county (enrolled PC); unsent changes that can still be read are kept</source>
        <translation>数据文件损坏又没有完好的备份时：从县中心重建本站数据（已登记的电脑）；还能读出的未上传修改会保留</translation>
    </message>
    <message>
        <source>Give the new password: {env} or --new-password-stdin.</source>
        <translation>请提供新密码：环境变量 {env} 或 --new-password-stdin。</translation>
    </message>
    <message>
        <source>The account “{name}” ({role}) is made.</source>
        <translation>已新建账号“{name}”（{role}）。</translation>
    </message>
    <message>
        <source>A new password is set for “{name}”.</source>
        <translation>已为“{name}”设置新密码。</translation>
    </message>
    <message>
        <source>A new password is set for “{name}” (the county&apos;s reset code is used up).</source>
        <translation>已为“{name}”设置新密码（县中心重置码已用掉）。</translation>
    </message>
    <message>
        <source>The account “{name}” is now {role}.</source>
        <translation>账号“{name}”现在是{role}。</translation>
    </message>
    <message>
        <source>Switched off the account “{name}”.</source>
        <translation>已停用账号“{name}”。</translation>
    </message>
    <message>
        <source>Saved: {path} ({pages} pages)</source>
        <translation>已保存：{path}（{pages} 页）</translation>
    </message>
    <message>
        <source>Only the station head can restore a backup; ask the station head to sign in.</source>
        <translation>只有站长可以恢复备份，请让站长登录后操作。</translation>
    </message>
    <message>
        <source>Rebuilt from the county: {pulled} records downloaded, {kept} unsent changes kept from the damaged file (kept aside in the data folder).</source>
        <translation>已从县中心重建：下载 {pulled} 条记录，从损坏的文件中保留 {kept} 条未上传的修改（损坏的文件另存在数据文件夹里）。</translation>
    </message>
    <message>
        <source>Give the backup file, or --from-county to rebuild the station from the county.</source>
        <translation>请给出备份文件，或用 --from-county 从县中心重建本站数据。</translation>
    </message>
    <message>
        <source>Restored. The damaged data file was renamed and kept in the data folder.</source>
        <translation>已恢复。损坏的数据文件已改名保留在数据文件夹中。</translation>
    </message>
    <message>
        <source>The county has not set how long the data of volunteers who left is kept; give it with --months (e.g. --months 36).</source>
        <translation>县中心还没有设定退出志愿者信息的保存期限；可以用 --months 指定（例如 --months 36）。</translation>
    </message>
    <message>
        <source>Volunteers who left more than {months} months ago and still have personal data: {n}.</source>
        <translation>退出超过 {months} 个月、仍有个人信息的志愿者：{n} 人。</translation>
    </message>
    <message>
        <source>Cleared the ID numbers, phones, addresses and other personal data of {n} volunteers who left (names and hours stay).</source>
        <translation>已清除 {n} 位退出志愿者的身份证号、电话、住址等个人信息（姓名和服务时长保留）。</translation>
    </message>
    <message>
        <source>The data file opens normally; a rebuild from the county is only for a damaged file. To fetch what is new, run sync.</source>
        <translation>数据文件能正常打开；从县中心重建只用于损坏的文件。要取回新数据，请运行 sync。</translation>
    </message>
    <message>
        <source>Restored. The data before the restore was backed up to {path}.</source>
        <translation>已恢复。恢复前的数据已先备份到 {path}。</translation>
    </message>
</context>
<context>
    <name>cli.activities</name>
    <message>
        <source>create an activity; prints the new id</source>
        <translation>新建活动，输出新编号</translation>
    </message>
    <message>
        <source>change an activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>one of the five tasks</source>
        <translation>五项工作之一</translation>
    </message>
    <message>
        <source>theory lecture</source>
        <translation>理论宣讲</translation>
    </message>
    <message>
        <source>residents reached</source>
        <translation>覆盖群众人数</translation>
    </message>
    <message>
        <source>paired co-building unit</source>
        <translation>结对共建单位</translation>
    </message>
    <message>
        <source>mark the activity&apos;s state: planned / held / recorded</source>
        <translation>标记活动状态：planned（计划中）/ held（已开展）/ recorded（已记录）</translation>
    </message>
    <message>
        <source>void a volunteer&apos;s sign-in at an activity (the record stays; no hours or points)</source>
        <translation>作废一位志愿者在活动中的签到（记录保留，不计时长和积分）</translation>
    </message>
    <message>
        <source>the activity&apos;s id</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>the volunteer&apos;s id, name or mobile number</source>
        <translation>志愿者编号、姓名或手机号</translation>
    </message>
    <message>
        <source>why it is voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>list the activities</source>
        <translation>列出活动</translation>
    </message>
    <message>
        <source>activity id</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>volunteer id, name or mobile number</source>
        <translation>志愿者编号、姓名或手机号</translation>
    </message>
    <message>
        <source>time YYYY-MM-DD HH:MM (default now)</source>
        <translation>时间 YYYY-MM-DD HH:MM（默认现在）</translation>
    </message>
    <message>
        <source>volunteers who signed the paper sheet (id, name or mobile number)</source>
        <translation>在纸质签到表上签到的志愿者（编号、姓名或手机号）</translation>
    </message>
    <message>
        <source>sign-in time (default the activity&apos;s start)</source>
        <translation>签到时间（默认为活动开始时间）</translation>
    </message>
    <message>
        <source>sign-out time (default the activity&apos;s end)</source>
        <translation>签退时间（默认为活动结束时间）</translation>
    </message>
    <message>
        <source>add photos to an activity (files or a whole folder)</source>
        <translation>给活动添加照片（文件或整个文件夹）</translation>
    </message>
    <message>
        <source>one volunteer only (id, name or mobile number), month by month</source>
        <translation>只看一位志愿者（编号、姓名或手机号）：按月列出</translation>
    </message>
    <message>
        <source>only this volunteer&apos;s card: id, name or mobile number (may be repeated)</source>
        <translation>只打印这名志愿者的卡：编号、姓名或手机号（可写多次）</translation>
    </message>
    <message>
        <source>No activity with the id “{key}”. activity list shows the ids.</source>
        <translation>找不到编号为“{key}”的活动。用 activity list 查看活动编号。</translation>
    </message>
    <message>
        <source>No volunteer “{key}”. Give the id, the name or the mobile number.</source>
        <translation>找不到志愿者“{key}”。可以写编号、姓名或手机号。</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>{n} volunteers are called “{key}”; use the id instead: {ids}</source>
        <translation>有 {n} 位志愿者叫“{key}”，请改用编号：{ids}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Nothing to change. See --help for what can be changed.</source>
        <translation>没有要修改的内容。用 --help 查看可修改的项目。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>“{title}” is marked {state}.</source>
        <translation>“{title}”已标记为{state}。</translation>
    </message>
    <message>
        <source>  ⚠ not recorded for more than 10 working days</source>
        <translation>  ⚠ 超过10个工作日未记录</translation>
    </message>
    <message>
        <source> (the holiday calendar does not cover {year} yet: weekends only)</source>
        <translation>（节假日日历尚未收录 {year} 年：只扣除了周末）</translation>
    </message>
    <message>
        <source>[theory lecture]</source>
        <translation>［理论宣讲］</translation>
    </message>
    <message>
        <source>photos {n}</source>
        <translation>照片{n}</translation>
    </message>
    <message>
        <source>{n} activities in all.</source>
        <translation>共 {n} 场活动。</translation>
    </message>
    <message>
        <source>{name} signed in ({at:%Y-%m-%d %H:%M})</source>
        <translation>{name} 已签到（{at:%Y-%m-%d %H:%M}）</translation>
    </message>
    <message>
        <source>{name} had signed in already; not recorded twice.</source>
        <translation>{name} 之前已经签到过，未重复记录。</translation>
    </message>
    <message>
        <source>{name} signed out ({at:%Y-%m-%d %H:%M})</source>
        <translation>{name} 已签退（{at:%Y-%m-%d %H:%M}）</translation>
    </message>
    <message>
        <source>{name} had signed out already; not recorded twice.</source>
        <translation>{name} 之前已经签退过，未重复记录。</translation>
    </message>
    <message>
        <source>Voided {n} sign-ins of {name} (the records stay).</source>
        <translation>已作废 {name} 的 {n} 条签到记录（记录保留）。</translation>
    </message>
    <message>
        <source>The sign-ins of {name} were already voided.</source>
        <translation>{name} 的签到之前已作废。</translation>
    </message>
    <message>
        <source>Photos {done}/{total}</source>
        <translation>照片 {done}/{total}</translation>
    </message>
    <message>
        <source>Note: {line}</source>
        <translation>注意：{line}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>  target reached</source>
        <translation>  已达标</translation>
    </message>
    <message>
        <source>{year}: {n} people, {served} with service hours, {reached} reached the target of {target} hours.</source>
        <translation>{year}年：{n} 人，有服务时长 {served} 人，达到 {target} 小时目标 {reached} 人。</translation>
    </message>
    <message>
        <source>active volunteer</source>
        <translation>活跃志愿者</translation>
    </message>
    <message>
        <source>below the active standard</source>
        <translation>未达活跃标准</translation>
    </message>
    <message>
        <source>{name}, service hours in {year}: {total} ({standing}, {progress:.0%} of the yearly target)</source>
        <translation>{name} {year}年服务时长：{total}（{standing}，年度目标完成 {progress:.0%}）</translation>
    </message>
    <message>
        <source>  {month:&gt;2}  {total}</source>
        <translation>  {month:&gt;2}月  {total}</translation>
    </message>
    <message>
        <source>  added/corrected {date:%Y-%m-%d} {total} {reason} ({operator})</source>
        <translation>  补录/更正 {date:%Y-%m-%d} {total} {reason}（{operator}）</translation>
    </message>
    <message>
        <source>Made {n} cards on {pages} pages: {path}</source>
        <translation>已生成 {n} 张卡片，共 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>The station head&apos;s PIN is set.</source>
        <translation>站长密码已设置。</translation>
    </message>
</context>
<context>
    <name>cli.backup</name>
    <message>
        <source>folder to back up to (default: backups in the data folder)</source>
        <translation>备份到哪个文件夹（默认：数据文件夹中的 backups）</translation>
    </message>
    <message>
        <source>leave the photos out</source>
        <translation>不备份照片</translation>
    </message>
    <message>
        <source>Backing up {done}/{total}</source>
        <translation>备份中 {done}/{total}</translation>
    </message>
    <message>
        <source>Backed up to {path} ({kb} KB, {photos} photos)</source>
        <translation>已备份到 {path}（{kb} KB，照片 {photos} 张）</translation>
    </message>
</context>
<context>
    <name>cli.credentials</name>
    <message>
        <source>A sign-in clerk&apos;s account can only use the sign-in desk (signin / signout).</source>
        <translation>签到员账号只能使用签到台（signin / signout）。</translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message>
        <source>photos for each activity held in the last year (default none)</source>
        <translation>近一年每场已开展活动的照片张数（默认不生成）</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Made: {volunteers} volunteers, {activities} activities, {signins} sign-ins</source>
        <translation>已生成：志愿者 {volunteers} 人，活动 {activities} 场，签到记录 {signins} 条</translation>
    </message>
    <message>
        <source>Photos: {photos}</source>
        <translation>照片：{photos} 张</translation>
    </message>
</context>
<context>
    <name>cli.doctor</name>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Database version: {schema} (software version {code})</source>
        <translation>数据库版本：{schema}（软件版本 {code}）</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>完整性检查：{result}</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Changes waiting to sync: {n}</source>
        <translation>待同步的修改：{n} 条</translation>
    </message>
    <message>
        <source>Station id: {id}</source>
        <translation>实践站编号：{id}</translation>
    </message>
    <message>
        <source>not set up yet</source>
        <translation>尚未建立</translation>
    </message>
</context>
<context>
    <name>cli.evidence</name>
    <message>
        <source>the evidence pack for a period: one PDF (cover, contents, register, activity records, bulletins, certificates, self-check) and a zip of the photos</source>
        <translation>一段时间的台账资料包：一个 PDF（封面、目录、登记簿、活动记录、月度通报、证明登记簿、自查表）和一个照片压缩包</translation>
    </message>
    <message>
        <source>first day, for example 2026-01-01</source>
        <translation>开始日期，例如 2026-01-01</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>结束日期（默认：今天）</translation>
    </message>
    <message>
        <source>the folder to write the two files into</source>
        <translation>两个文件保存到的文件夹</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist; make it first or choose another.</source>
        <translation>文件夹“{folder}”不存在，请先建立或换一个。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; run init first.</source>
        <translation>本机还没有建立实践站，请先运行 init。</translation>
    </message>
    <message>
        <source>Saved: {pdf} ({pages} pages, {mb:.1f} MB)</source>
        <translation>已保存：{pdf}（{pages} 页，{mb:.1f} MB）</translation>
    </message>
    <message>
        <source>Photos: {zip} ({n} photos, {mb:.1f} MB)</source>
        <translation>照片：{zip}（{n} 张，{mb:.1f} MB）</translation>
    </message>
    <message>
        <source>{activities} activities, made in {seconds:.1f} s</source>
        <translation>{activities} 场活动，用时 {seconds:.1f} 秒</translation>
    </message>
</context>
<context>
    <name>cli.paper</name>
    <message>
        <source>file format (default pdf)</source>
        <translation>文件格式（默认 pdf）</translation>
    </message>
    <message>
        <source>the file to save to, for example register.pdf</source>
        <translation>保存到的文件，例如 登记簿.pdf</translation>
    </message>
    <message>
        <source>activity id</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>volunteer id</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>month, for example 2026-03</source>
        <translation>月份，例如 2026-03</translation>
    </message>
    <message>
        <source>year, for example 2026</source>
        <translation>年份，例如 2026</translation>
    </message>
    <message>
        <source>show ID numbers and phones in full (masked by default)</source>
        <translation>显示完整身份证号和电话（默认打码）</translation>
    </message>
    <message>
        <source>Give --month or --year, not both.</source>
        <translation>--month 和 --year 只能选一个。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; run init first.</source>
        <translation>本机还没有建立实践站，请先运行 init 完成首次设置。</translation>
    </message>
    <message>
        <source>counting the pages: {percent}%</source>
        <translation>正在统计页数：{percent}%</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>Excel sheet</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <source>, certificate number {number}</source>
        <translation>，证明编号 {number}</translation>
    </message>
    <message>
        <source>Saved: {path} ({what}{number})</source>
        <translation>已保存：{path}（{what}{number}）</translation>
    </message>
    <message>
        <source>list the certificate numbers issued</source>
        <translation>列出出具过的证明编号</translation>
    </message>
    <message>
        <source>void a certificate (the number stays in the register and is not used again)</source>
        <translation>作废一份证明（编号保留在登记簿中，不再使用）</translation>
    </message>
    <message>
        <source>certificate number, for example 2026-3F9A-0001</source>
        <translation>证明编号，例如 2026-3F9A-0001</translation>
    </message>
    <message>
        <source>why it is voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>void ({reason})</source>
        <translation>已作废（{reason}）</translation>
    </message>
    <message>
        <source>number used twice, please check</source>
        <translation>编号重复，请核查</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>{number}	{name}	{period}	{hours:g} hours	{issued}	{state}</source>
        <translation>{number}	{name}	{period}	{hours:g} 小时	{issued}	{state}</translation>
    </message>
    <message>
        <source>No certificates have been issued yet.</source>
        <translation>还没有出具过志愿服务证明。</translation>
    </message>
    <message>
        <source>Voided: {number} (the number stays in the register and will not be used again)</source>
        <translation>已作废：{number}（编号保留在登记簿中，不会再次使用）</translation>
    </message>
</context>
<context>
    <name>cli.points</name>
    <message>
        <source>N per hour of service</source>
        <translation>每服务 1 小时得 N</translation>
    </message>
    <message>
        <source>N per activity attended</source>
        <translation>每参加 1 次活动得 N</translation>
    </message>
    <message>
        <source>N per theory lecture attended</source>
        <translation>每参加 1 次理论宣讲得 N</translation>
    </message>
    <message>
        <source>N per 1+10 visit</source>
        <translation>每次 1+10 走访得 N</translation>
    </message>
    <message>
        <source>N per request served and rated satisfied</source>
        <translation>每次点单服务获评满意得 N</translation>
    </message>
    <message>
        <source>N once, for a yearly active volunteer</source>
        <translation>年度活跃志愿者一次奖励 N</translation>
    </message>
    <message>
        <source>{label} “{text}” is not in the right form; write it like 2026-03-01.</source>
        <translation>{label}“{text}”写法不对，应写成 2026-03-01。</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>file format (default pdf)</source>
        <translation>文件格式（默认 pdf）</translation>
    </message>
    <message>
        <source>points, time bank and moral bank</source>
        <translation>积分、时间银行与道德银行</translation>
    </message>
    <message>
        <source>points schemes</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <source>add a points scheme</source>
        <translation>新建积分项目</translation>
    </message>
    <message>
        <source>validity in months (0: no expiry)</source>
        <translation>有效期（月，0 为长期有效）</translation>
    </message>
    <message>
        <source>do not show the balance at the sign-in desk</source>
        <translation>签到台不显示余额</translation>
    </message>
    <message>
        <source>list the points schemes</source>
        <translation>列出积分项目</translation>
    </message>
    <message>
        <source>points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>add a rule (in force from --from, default today)</source>
        <translation>新增规则（从 --from 日期起生效，默认今天）</translation>
    </message>
    <message>
        <source>--per-activity: only activities of this category</source>
        <translation>--per-activity：只计这一类活动</translation>
    </message>
    <message>
        <source>--per-hour: part hours not counted / by half hours / exact</source>
        <translation>--per-hour：不足 1 小时不计 / 按半小时 / 按实际</translation>
    </message>
    <message>
        <source>--active-bonus: at least this many hours in the year</source>
        <translation>--active-bonus：全年至少多少小时</translation>
    </message>
    <message>
        <source>in force from YYYY-MM-DD (not before today)</source>
        <translation>生效日期 YYYY-MM-DD（不能早于今天）</translation>
    </message>
    <message>
        <source>list the rules</source>
        <translation>列出规则</translation>
    </message>
    <message>
        <source>adjust a rule&apos;s amount (from --from; earlier points stay)</source>
        <translation>调整规则分值（从 --from 起，之前的积分不变）</translation>
    </message>
    <message>
        <source>end a rule (points earned stay)</source>
        <translation>停用规则（已得积分不变）</translation>
    </message>
    <message>
        <source>the rule sets published by the county</source>
        <translation>县中心发布的积分规则</translation>
    </message>
    <message>
        <source>list the rule sets to adopt</source>
        <translation>列出可采用的规则</translation>
    </message>
    <message>
        <source>adopt a county rule set</source>
        <translation>采用一套县级规则</translation>
    </message>
    <message>
        <source>give points by hand (negative deducts); a reason is required</source>
        <translation>手工加分（负数为扣分），须写原因</translation>
    </message>
    <message>
        <source>the rule&apos;s id, or “其他” (other, the default)</source>
        <translation>对应的规则编号，或“其他”（默认）</translation>
    </message>
    <message>
        <source>handled by (the station head if not given)</source>
        <translation>经办人（默认站长）</translation>
    </message>
    <message>
        <source>void a points record (the record stays)</source>
        <translation>作废一条积分记录（原记录保留）</translation>
    </message>
    <message>
        <source>time bank: give to a family member (in the roster)</source>
        <translation>时间银行：转赠给家人（须在名册中）</translation>
    </message>
    <message>
        <source>show balances</source>
        <translation>查看余额</translation>
    </message>
    <message>
        <source>a volunteer&apos;s points statement</source>
        <translation>志愿者积分明细</translation>
    </message>
    <message>
        <source>time bank passbook</source>
        <translation>时间银行存折</translation>
    </message>
    <message>
        <source>only this month, e.g. 2026-03</source>
        <translation>只列这个月，例如 2026-03</translation>
    </message>
    <message>
        <source>the monthly points board (large type, A4 or A3)</source>
        <translation>月度积分榜（大字，A4 或 A3）</translation>
    </message>
    <message>
        <source>how many on the board (default A4 15, A3 20)</source>
        <translation>上榜人数（默认 A4 15 人，A3 20 人）</translation>
    </message>
    <message>
        <source>void a slip (goods returned: points and stock restored, the record stays)</source>
        <translation>作废兑换单（物品退回：积分和库存恢复，记录保留）</translation>
    </message>
    <message>
        <source>print a slip again</source>
        <translation>重印兑换单</translation>
    </message>
    <message>
        <source>overdrafts and negative stock found after a sync</source>
        <translation>同步后出现的透支和负库存</translation>
    </message>
    <message>
        <source>compute the points by rule (done after every sync)</source>
        <translation>按规则计算积分（同步后自动进行）</translation>
    </message>
    <message>
        <source>love supermarket goods and stock</source>
        <translation>爱心超市物品与库存</translation>
    </message>
    <message>
        <source>add an item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>points needed to redeem</source>
        <translation>兑换所需积分</translation>
    </message>
    <message>
        <source>the catalogue and stock</source>
        <translation>物品目录与库存</translation>
    </message>
    <message>
        <source>receive stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>stocktake (write the counted quantity)</source>
        <translation>盘点（写实际数量）</translation>
    </message>
    <message>
        <source>the monthly stock report (signed by the station head)</source>
        <translation>库存月报表（站长签字）</translation>
    </message>
    <message>
        <source>love supermarket redemption (prints the slip)</source>
        <translation>爱心超市兑换（打印兑换单）</translation>
    </message>
    <message>
        <source>save the slip as PDF</source>
        <translation>把兑换单保存为 PDF</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; run init to set it up.</source>
        <translation>本机还没有建立实践站，请先运行 init 完成首次设置。</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>an Excel sheet</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <source>valid {n} months</source>
        <translation>有效期 {n} 个月</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>unit: {unit}</source>
        <translation>单位：{unit}</translation>
    </message>
    <message>
        <source>No points schemes yet. Add one with points scheme add 积分超市 --unit 分.</source>
        <translation>还没有积分项目。用 points scheme add 积分超市 --unit 分 新建。</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>至 {date}</translation>
    </message>
    <message>
        <source>onwards</source>
        <translation>起</translation>
    </message>
    <message>
        <source>No points rules yet.</source>
        <translation>还没有积分规则。</translation>
    </message>
    <message>
        <source>The rule ends on {date}; points earned before stay.</source>
        <translation>规则已于 {date} 起停用，之前获得的积分不变。</translation>
    </message>
    <message>
        <source>Adopted: {n} rules added.</source>
        <translation>已采用，新增 {n} 条规则。</translation>
    </message>
    <message>
        <source>Voided (the record stays).</source>
        <translation>已作废（原记录保留）。</translation>
    </message>
    <message>
        <source>{giver} gave {amount} {unit} to {receiver}.</source>
        <translation>{giver} 已转赠 {amount} {unit} 给 {receiver}。</translation>
    </message>
    <message>
        <source>  ⚠ overdrawn: the station head should settle it</source>
        <translation>  ⚠ 透支，请站长处理</translation>
    </message>
    <message>
        <source>No points records.</source>
        <translation>没有积分记录。</translation>
    </message>
    <message>
        <source>Saved: {path} ({what})</source>
        <translation>已保存：{path}（{what}）</translation>
    </message>
    <message>
        <source>Slip voided: points returned, stock restored (the record stays).</source>
        <translation>兑换单已作废：积分已退回，库存已恢复（记录保留）。</translation>
    </message>
    <message>
        <source>{name} {scheme} balance {amount}</source>
        <translation>{name} {scheme}余额 {amount}</translation>
    </message>
    <message>
        <source>item “{name}” stock {amount}</source>
        <translation>物品“{name}”库存 {amount}</translation>
    </message>
    <message>
        <source>⚠ {what}, caused by these records:</source>
        <translation>⚠ {what}，由以下记录造成：</translation>
    </message>
    <message>
        <source>No overdrafts or negative stock.</source>
        <translation>没有透支或负库存。</translation>
    </message>
    <message>
        <source>By rule: {added} points records added, {voided} voided.</source>
        <translation>按规则新增 {added} 条积分，作废 {voided} 条。</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>  ⚠ negative stock: count it</source>
        <translation>  ⚠ 负库存，请盘点</translation>
    </message>
    <message>
        <source>stock {n} {unit}</source>
        <translation>库存 {n} {unit}</translation>
    </message>
    <message>
        <source>The catalogue has no items yet.</source>
        <translation>目录里还没有物品。</translation>
    </message>
    <message>
        <source>“{name}” now has {n} {unit} in stock.</source>
        <translation>“{name}”现有库存 {n} {unit}。</translation>
    </message>
</context>
<context>
    <name>cli.requests</name>
    <message>
        <source>take a resident&apos;s request; prints its id and number</source>
        <translation>群众点单，输出编号和单号</translation>
    </message>
    <message>
        <source>the resident&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>an item of the service menu (name or id)</source>
        <translation>服务菜单中的项目（名称或编号）</translation>
    </message>
    <message>
        <source>what the resident needs (when the menu has no item for it)</source>
        <translation>群众要办的事（菜单里没有时）</translation>
    </message>
    <message>
        <source>channel: in person, by phone, grid worker, suggestion box (default: in person)</source>
        <translation>渠道：来站、电话、网格员、意见箱（默认来站）</translation>
    </message>
    <message>
        <source>the wanted time, e.g. Saturday morning</source>
        <translation>希望的时间，例如 周六上午</translation>
    </message>
    <message>
        <source>further notes</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>list the requests</source>
        <translation>列出点单</translation>
    </message>
    <message>
        <source>new, dispatched, accepted, done, rated, overdue, conflict or all (default)</source>
        <translation>new、dispatched、accepted、done、rated、overdue、conflict 或 all（默认）</translation>
    </message>
    <message>
        <source>number, name or phone</source>
        <translation>单号、姓名或电话</translation>
    </message>
    <message>
        <source>the history of one request (who did what, when)</source>
        <translation>一张点单的经过（谁在何时做了什么）</translation>
    </message>
    <message>
        <source>dispatch to a team or volunteer of this station, or send it up to the county</source>
        <translation>派单给本站的队伍或志愿者，或上报县中心</translation>
    </message>
    <message>
        <source>the station cannot do it: send it up to the county</source>
        <translation>本站办不了，上报县中心</translation>
    </message>
    <message>
        <source>record an accept</source>
        <translation>记录接单</translation>
    </message>
    <message>
        <source>record a decline (hand the dispatch back)</source>
        <translation>记录退单（退回派单）</translation>
    </message>
    <message>
        <source>service done: link an activity, or record the hours</source>
        <translation>服务完成：关联活动，或直接记录时长</translation>
    </message>
    <message>
        <source>the resident&apos;s rating: 满意, 基本满意, 不满意</source>
        <translation>群众评单：满意、基本满意、不满意</translation>
    </message>
    <message>
        <source>reopen the request</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>cancel the request</source>
        <translation>取消点单</translation>
    </message>
    <message>
        <source>settle a conflict: keep one accept, or acknowledge an out-of-turn record</source>
        <translation>处理冲突：选定一次接单，或确认一条不在其职的记录</translation>
    </message>
    <message>
        <source>the record&apos;s id (see request show)</source>
        <translation>记录编号（request show 中可见）</translation>
    </message>
    <message>
        <source>print the request receipt (PDF)</source>
        <translation>打印点单回执（PDF）</translation>
    </message>
    <message>
        <source>half an A4 sheet (A5)</source>
        <translation>半张 A4（A5）</translation>
    </message>
    <message>
        <source>the service menu (the county&apos;s items and the station&apos;s own)</source>
        <translation>服务菜单（县中心发布的项目和本站自己的项目）</translation>
    </message>
    <message>
        <source>add a service item of the station&apos;s own</source>
        <translation>增加本站自己的服务项目</translation>
    </message>
    <message>
        <source>the team that usually takes it</source>
        <translation>通常承接的队伍</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; run init first.</source>
        <translation>本机还没有建立实践站，请先运行 init 完成首次设置。</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>单号：{number}</translation>
    </message>
    <message>
        <source>The state must be one of: {states}.</source>
        <translation>状态应为：{states}。</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（超时）</translation>
    </message>
    <message>
        <source> (conflict)</source>
        <translation>（有冲突）</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>没有符合条件的点单。</translation>
    </message>
    <message>
        <source>Recorded: {what} ({id})</source>
        <translation>已记录{what}（{id}）</translation>
    </message>
    <message>
        <source>sent up to the county</source>
        <translation>上报县中心</translation>
    </message>
    <message>
        <source>dispatched to {who}</source>
        <translation>派单给 {who}</translation>
    </message>
    <message>
        <source>{who} accepts</source>
        <translation>{who} 接单</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>service done, {hours} hours</source>
        <translation>服务完成，{hours} 小时</translation>
    </message>
    <message>
        <source>service done</source>
        <translation>服务完成</translation>
    </message>
    <message>
        <source>rating: {rating}</source>
        <translation>评价：{rating}</translation>
    </message>
    <message>
        <source>; the request is open again, please follow it up</source>
        <translation>，单子已重新打开，请跟进</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>conflict settled</source>
        <translation>冲突处理</translation>
    </message>
    <message>
        <source>half A4</source>
        <translation>半张 A4</translation>
    </message>
    <message>
        <source>Saved: {path} ({pages} pages, {size})</source>
        <translation>已保存：{path}（{pages} 页，{size}）</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县中心</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>The service menu is empty: the county&apos;s items appear after a sync; add the station&apos;s own with request menu --add.</source>
        <translation>服务菜单是空的：县中心发布的项目会在同步后出现，也可用 request menu --add 增加本站的项目。</translation>
    </message>
</context>
<context>
    <name>cli.roster</name>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>please check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>import a volunteer roster (.xlsx / .xls / .csv)</source>
        <translation>导入志愿者名册（.xlsx / .xls / .csv）</translation>
    </message>
    <message>
        <source>only check and report; write nothing</source>
        <translation>只检查并报告，不写入</translation>
    </message>
    <message>
        <source>print the result and the row-by-row report as JSON</source>
        <translation>以 JSON 输出结果和逐行报告</translation>
    </message>
    <message>
        <source>save the row-by-row report as .xlsx or .csv</source>
        <translation>把逐行报告另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>export the volunteer roster</source>
        <translation>导出志愿者名册</translation>
    </message>
    <message>
        <source>output file, for example roster.xlsx</source>
        <translation>输出文件，例如 名册.xlsx</translation>
    </message>
    <message>
        <source>export ID numbers in full (masked by default)</source>
        <translation>导出完整身份证号（默认打码）</translation>
    </message>
    <message>
        <source>only those on the roster, or only those who left</source>
        <translation>只导出在册或已退出的</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet. First run: python -m desktop init --station NAME ...</source>
        <translation>本机还没有建立实践站。请先运行：python -m desktop init --station 名称 ...</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>第{n}列</translation>
    </message>
    <message>
        <source> [{column}]</source>
        <translation>〔{column}〕</translation>
    </message>
    <message>
        <source>Row {row}{column}: {problem}. {suggestion}. ({result})</source>
        <translation>第 {row} 行{column}：{problem}。{suggestion}。（{result}）</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{rows} rows: {verb} {n} people, {already} on the roster already, {twice} twice in the file, {errors} not imported because of problems.</source>
        <translation>共 {rows} 行：{verb} {n} 人，已在台账 {already}，文件内重复 {twice}，有问题未导入 {errors}。</translation>
    </message>
    <message>
        <source>(trial run: nothing was written)</source>
        <translation>（试运行，没有写入任何数据）</translation>
    </message>
    <message>
        <source>full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <source>ID numbers masked</source>
        <translation>身份证号已打码</translation>
    </message>
    <message>
        <source>Exported {n} people to {path} ({masked})</source>
        <translation>已导出 {n} 人到 {path}（{masked}）</translation>
    </message>
</context>
<context>
    <name>cli.selfcheck</name>
    <message>
        <source>year, for example 2026 (default: this year)</source>
        <translation>年份，例如 2026（默认：今年）</translation>
    </message>
    <message>
        <source>state a fact for an indicator: projects, signage, rules (or place, ... as extra evidence)</source>
        <translation>填报一项指标的情况：projects、signage、rules（也可为 place 等补充佐证）</translation>
    </message>
    <message>
        <source>what the station has, with --declare</source>
        <translation>本站情况，和 --declare 一起用</translation>
    </message>
    <message>
        <source>a photo as evidence, with --declare</source>
        <translation>佐证照片，和 --declare 一起用</translation>
    </message>
    <message>
        <source>withdraw a statement</source>
        <translation>撤回一项填报</translation>
    </message>
    <message>
        <source>{station}: star rating self-check {year} (as of {day})</source>
        <translation>{station}：{year} 年星级评定自查（截至 {day}）</translation>
    </message>
    <message>
        <source>… and {n} more (--json lists them all)</source>
        <translation>……另有 {n} 条（--json 列出全部）</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>量化指标：</translation>
    </message>
    <message>
        <source>Estimated score {score} of {max}: {stars}</source>
        <translation>自评估算 {score} 分（满分 {max}）：{stars}</translation>
    </message>
    <message>
        <source>The county&apos;s rating: {score} points, {stars}</source>
        <translation>县里评定：{score} 分，{stars}</translation>
    </message>
    <message>
        <source>The year “{year}” is not in the right form; write it like “2026”.</source>
        <translation>年份“{year}”格式不对，请写成“2026”这样。</translation>
    </message>
    <message>
        <source>--text and --photo go with --declare KEY.</source>
        <translation>--text 和 --photo 要和 --declare 指标 一起用。</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet; run init first.</source>
        <translation>本机还没有建立实践站，请先运行 init。</translation>
    </message>
    <message>
        <source>The photo “{path}” was not found.</source>
        <translation>找不到照片“{path}”。</translation>
    </message>
    <message>
        <source>Stated: {key} ({photo})</source>
        <translation>已填报：{key}（{photo}）</translation>
    </message>
    <message>
        <source>with a photo</source>
        <translation>附照片</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Withdrawn: {key}</source>
        <translation>已撤回：{key}</translation>
    </message>
</context>
<context>
    <name>cli.settings</name>
    <message>
        <source>the type size of every page and dialog</source>
        <translation>所有页面和对话框的字号</translation>
    </message>
    <message>
        <source>standard, large or xlarge (or the names the settings page shows); none: show it</source>
        <translation>standard、large 或 xlarge（也可写设置页上的名称：标准、大、特大）；不写则显示当前字号</translation>
    </message>
    <message>
        <source>Type size set to {name}.</source>
        <translation>字号已设为“{name}”。</translation>
    </message>
</context>
<context>
    <name>cli.station</name>
    <message>
        <source>the station&apos;s name</source>
        <translation>实践站名称</translation>
    </message>
    <message>
        <source>the station head&apos;s name</source>
        <translation>站长姓名</translation>
    </message>
    <message>
        <source>preset volunteer teams</source>
        <translation>预设志愿服务队</translation>
    </message>
    <message>
        <source>create the station head&apos;s account for an existing station and encrypt the data (password from STATION_DESK_PASSWORD)</source>
        <translation>为已有的实践站建立站长账号并加密数据（密码来自 STATION_DESK_PASSWORD）</translation>
    </message>
    <message>
        <source>the station head&apos;s login name (default: the head&apos;s name)</source>
        <translation>站长的登录账号（默认为站长姓名）</translation>
    </message>
    <message>
        <source>Signed in as “{name}” ({role}), an account of this station; the data on this PC is encrypted.</source>
        <translation>已用本站账号“{name}”（{role}）登录；这台电脑上的数据已加密。</translation>
    </message>
    <message>
        <source>The station head&apos;s account “{name}” is made; the data is encrypted.</source>
        <translation>已建立站长账号“{name}”，数据已加密。</translation>
    </message>
    <message>
        <source>This PC already has accounts. Add one with account add.</source>
        <translation>本机已经有账号了。新增账号请用 account add。</translation>
    </message>
    <message>
        <source>Give the station head&apos;s password: STATION_DESK_PASSWORD or --password-stdin.</source>
        <translation>请提供站长密码：环境变量 STATION_DESK_PASSWORD 或 --password-stdin。</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <source>the county server&apos;s address, for example https://county.example.cn</source>
        <translation>县中心服务器地址，例如 https://county.example.cn</translation>
    </message>
    <message>
        <source>the enrolment code, for example ABCD-EFGH</source>
        <translation>注册码，例如 ABCD-EFGH</translation>
    </message>
    <message>
        <source>this PC&apos;s name (default: the computer name)</source>
        <translation>本机名称（默认为计算机名）</translation>
    </message>
    <message>
        <source>the county&apos;s own certificate file (CA, PEM format)</source>
        <translation>县中心内部证书文件（CA，PEM 格式）</translation>
    </message>
    <message>
        <source>print the sync result as JSON</source>
        <translation>以 JSON 输出同步结果</translation>
    </message>
    <message>
        <source>do not upload photos this time</source>
        <translation>这次不上传照片</translation>
    </message>
    <message>
        <source>download the whole log instead of the station&apos;s snapshot (slower; for diagnosis)</source>
        <translation>下载完整的日志而不是站点快照（较慢，用于排查问题）</translation>
    </message>
    <message>
        <source>see the data quarantined during sync</source>
        <translation>查看同步时隔离的有问题的数据</translation>
    </message>
    <message>
        <source>how many to list at most (default 1000)</source>
        <translation>最多列出多少条（默认 1000）</translation>
    </message>
    <message>
        <source>Enrolled: station “{name}” (id {station}), this PC&apos;s device id {device}.</source>
        <translation>已注册：实践站“{name}”（编号 {station}），本机设备编号 {device}。</translation>
    </message>
    <message>
        <source>The first sync did not finish: {error} Run sync when the network is available, before entering data.</source>
        <translation>首次同步没有完成：{error} 请在能连网时运行 sync，之后再录入数据。</translation>
    </message>
    <message>
        <source>First sync done: {n} records downloaded.</source>
        <translation>首次同步完成：下载 {n} 条记录。</translation>
    </message>
    <message>
        <source>{n} preset volunteer teams were set up (change them under “Volunteers → Teams”).</source>
        <translation>已按预设建立 {n} 支志愿服务队（可在“志愿者 → 队伍”中修改）。</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Sync done: {pushed} uploaded, {pulled} downloaded, {applied} merged; photos: {uploaded} uploaded, {skipped} already there, {pending} waiting.</source>
        <translation>同步完成：上传 {pushed} 条，下载 {pulled} 条，合并 {applied} 条；照片上传 {uploaded} 张，已有跳过 {skipped} 张，待传 {pending} 张。</translation>
    </message>
    <message>
        <source>Network: {sent} sent, {received} received, {requests} requests, {seconds:.1f} seconds.</source>
        <translation>网络流量：发送 {sent}，接收 {received}，{requests} 次请求，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>{n} records are held back from merging (time ahead, or waiting for related records); the next sync tries again.</source>
        <translation>有 {n} 条记录暂缓合并（时间超前或等待关联记录），下次同步会再试。</translation>
    </message>
    <message>
        <source>{n} entries have problems and were quarantined (the rest synced; the county was told). See them with sync-problems.</source>
        <translation>{n} 条数据有问题，已隔离（其余数据已正常同步；已报告县中心）。用 sync-problems 查看。</translation>
    </message>
    <message>
        <source>The check found differences and downloaded again: {tables}.</source>
        <translation>核对发现差异并已重新下载：{tables}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Differences remain after the check; contact the county centre.</source>
        <translation>核对后仍有差异，请联系县中心。</translation>
    </message>
    <message>
        <source>This PC is not enrolled with the county server yet. Enrol it with the enrol command and the code from the county centre.</source>
        <translation>本机尚未注册到县中心服务器。请用 enrol 命令和县中心发的注册码注册。</translation>
    </message>
    <message>
        <source>County server: {server} (this PC&apos;s device id {device})</source>
        <translation>县中心服务器：{server}（本机设备编号 {device}）</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Records to upload: {entries}; photos to upload: {photos}</source>
        <translation>待上传记录：{entries} 条；待上传照片：{photos} 张</translation>
    </message>
    <message>
        <source>Records held back from merging: {n}</source>
        <translation>暂缓合并的记录：{n} 条</translation>
    </message>
    <message>
        <source>{text} (see sync-problems)</source>
        <translation>{text}（用 sync-problems 查看）</translation>
    </message>
    <message>
        <source>The last check found differences from the county&apos;s data.</source>
        <translation>上次核对发现与县中心的数据有差异。</translation>
    </message>
    <message>
        <source>Error: --limit must be a positive integer.</source>
        <translation>错误：--limit 应为正整数。</translation>
    </message>
    <message>
        <source>No quarantined data.</source>
        <translation>没有被隔离的数据。</translation>
    </message>
    <message>
        <source>{n} entries have problems and were quarantined:</source>
        <translation>{n} 条数据有问题，已隔离：</translation>
    </message>
    <message>
        <source>seq {n}</source>
        <translation>序号 {n}</translation>
    </message>
</context>
<context>
    <name>cli.targets</name>
    <message>
        <source>the month YYYY-MM (default: this month)</source>
        <translation>月份 YYYY-MM（默认本月）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>供参考</translation>
    </message>
    <message>
        <source>counted: {records}</source>
        <translation>计入：{records}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cli.update</name>
    <message>
        <source>see, download and install a new version published by the county</source>
        <translation>查看、下载、安装县中心发布的新版本</translation>
    </message>
    <message>
        <source>download the new version and check its signature (resumes where it stopped)</source>
        <translation>下载新版本并核对签名（可断点续传）</translation>
    </message>
    <message>
        <source>run the installer after the download</source>
        <translation>下载后运行安装程序</translation>
    </message>
    <message>
        <source>A new version {latest} is out (this PC: {current}). Download it with update --download.</source>
        <translation>有新版本 {latest}（本机 {current}）。用 update --download 下载。</translation>
    </message>
    <message>
        <source> (after a sync we know whether the county has a new version)</source>
        <translation>（同步后会知道县中心有没有新版本）</translation>
    </message>
    <message>
        <source>This PC has the newest version {current}.</source>
        <translation>本机是最新版本 {current}。</translation>
    </message>
    <message>
        <source>No version newer than this PC&apos;s ({current}). Sync once first to see whether the county has published one.</source>
        <translation>没有比本机（{current}）更新的版本。请先同步一次，看县中心是否发布了新版本。</translation>
    </message>
    <message>
        <source>Downloading {done} / {total} KB</source>
        <translation>下载中 {done} / {total} KB</translation>
    </message>
    <message>
        <source>Downloaded and signature checked: {path}</source>
        <translation>已下载并核对签名：{path}</translation>
    </message>
    <message>
        <source>The installer has started. Close Station Desk before installing.</source>
        <translation>已启动安装程序。安装前请关闭实践站工作台。</translation>
    </message>
</context>
<context>
    <name>cli.volunteer</name>
    <message>
        <source>register a volunteer; prints the new id</source>
        <translation>登记志愿者，输出新编号</translation>
    </message>
    <message>
        <source>change a volunteer&apos;s details</source>
        <translation>修改志愿者信息</translation>
    </message>
    <message>
        <source>team (may be repeated)</source>
        <translation>所属队伍（可重复）</translation>
    </message>
    <message>
        <source>a volunteer leaves (the record is kept)</source>
        <translation>志愿者退出（保留记录）</translation>
    </message>
    <message>
        <source>date of leaving YYYY-MM-DD (default today)</source>
        <translation>退出日期 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <source>bring a volunteer who left back onto the roster</source>
        <translation>恢复已退出的志愿者</translation>
    </message>
    <message>
        <source>list the volunteers</source>
        <translation>列出志愿者</translation>
    </message>
    <message>
        <source>show ID numbers in full (masked by default)</source>
        <translation>显示完整身份证号（默认打码）</translation>
    </message>
    <message>
        <source>Nothing to change. Give at least one field, for example --phone 13800000000.</source>
        <translation>没有要修改的内容。请至少给出一个字段，例如 --phone 13800000000。</translation>
    </message>
    <message>
        <source>Date of leaving</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>{name} has left ({date}, {reason})</source>
        <translation>{name} 已退出（{date}，{reason}）</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} 已恢复在册</translation>
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
        <source>{n} people in all</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <source>No station has been set up on this PC yet. First run: python -m desktop init --station NAME ...</source>
        <translation>本机还没有建立实践站。请先运行：python -m desktop init --station 名称 ...</translation>
    </message>
</context>
<context>
    <name>installer.launcher</name>
    <message>
        <source>Station Desk workbench</source>
        <translation>实践站工作台</translation>
    </message>
    <message>
        <source>Station Desk cannot start.

What went wrong is written in:
{log}

Please send this file to the county&apos;s technician.</source>
        <translation>实践站工作台无法启动。

出错的详细情况已经记录在：
{log}

请把这个文件发给县中心的技术人员。</translation>
    </message>
    <message>
        <source>Station Desk cannot start; log: {log}</source>
        <translation>实践站工作台无法启动，日志：{log}</translation>
    </message>
</context>
</TS>
