<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupRestoreBox</name>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="29" />
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="33" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="33" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="33" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="34" />
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="34" />
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="47" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="49" />
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="51" />
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="58" />
        <source>Only the station head may restore a backup.</source>
        <translation>只有站长可以恢复备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="80" />
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="99" />
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="99" />
        <source>Backups (*.sqlite)</source>
        <translation>备份文件 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="112" />
        <source>Everything on this PC is replaced by this backup. The current data is backed up first. Restore?</source>
        <translation>本机的数据将全部换成这个备份里的数据。恢复前会先自动备份当前数据。确定恢复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="114" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_page.py" line="122" />
        <source>Restored {0}. The data before it was backed up to {1}.</source>
        <translation>已从 {0} 恢复。恢复前的数据已备份到 {1}。</translation>
    </message>
</context>
<context>
    <name>CreateHeadDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="233" />
        <source>Station Desk — the station head's account</source>
        <translation>实践站工作台 — 站长账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="237" />
        <source>Sign in with this station's account</source>
        <translation>用本站的账号登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="238" />
        <source>Set the station head's password</source>
        <translation>设置站长密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="241" />
        <source>This station already has accounts (made on its other PC). Sign in with your account name and password; the county centre checks them, and from then on the data on this PC is encrypted.</source>
        <translation>本站已经有账号（在站里另一台电脑上建的）。请用您的账号名和密码登录，由县中心核验；此后这台电脑上的数据会加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="244" />
        <source>The roster holds ID numbers. From now on the data on this PC is encrypted and opens only with a password. Keep it safe; the county centre can reset it.</source>
        <translation>名册里有身份证号等个人信息。从现在起，本机数据加密保存，只有输入密码才能打开。请记好密码；忘记时可由县中心重置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="250" />
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="253" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="254" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="259" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="265" />
        <source>Create the account</source>
        <translation>建立账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="265" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="280" />
        <source>The two passwords differ. Please type them again.</source>
        <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="311" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="324" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="343" />
        <source>The window locked itself after being idle. {0}, type your password to go on.</source>
        <translation>长时间没有操作，窗口已自动锁定。{0}，请输入密码继续使用。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="94" />
        <source>Station Desk — sign in</source>
        <translation>实践站工作台 — 登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="99" />
        <source>Please sign in</source>
        <translation>请登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="109" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="110" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="116" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="120" />
        <source>Forgot the password? Ask the county centre for a one-time reset code.</source>
        <translation>忘记密码？请向县中心申请一次性重置码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="124" />
        <source>I have a reset code…</source>
        <translation>我有县中心的重置码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="139" />
        <source>New password set. Please sign in with it.</source>
        <translation>新密码已设置，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="226" />
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="49" />
        <source>Audit log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="54" />
        <source>Only the station head may see the audit log.</source>
        <translation>只有站长可以查看操作记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="62" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="71" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="73" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="75" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="77" />
        <location filename="../../desktop/ui/pages/audit.py" line="86" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="77" />
        <location filename="../../desktop/ui/pages/audit.py" line="86" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="78" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="78" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="86" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="86" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="95" />
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="105" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="127" />
        <source>{0} entries</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="163" />
        <source>Choose a printer.</source>
        <translation>请选择打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="166" />
        <source>Preparing the audit log...</source>
        <translation>正在整理操作记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="170" />
        <source>Save the audit log</source>
        <translation>保存操作记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="170" />
        <source>audit-log.pdf</source>
        <translation>操作记录.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="173" />
        <source>Writing {0}...</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/audit.py" line="190" />
        <source>Saved to {0} ({1} pages).</source>
        <translation>已保存到 {0}（{1} 页）。</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="31" />
        <source>Full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="32" />
        <source>Only the station head may see full ID numbers.</source>
        <translation>只有站长可以查看完整身份证号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/privacy.py" line="33" />
        <source>Full ID numbers are personal information. Showing them is written to the audit log. Show them?</source>
        <translation>完整身份证号属于个人信息，查看会记入操作记录。确定显示吗？</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="49" />
        <source>Station Desk — the data file does not open</source>
        <translation>实践站工作台 — 数据文件打不开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="53" />
        <source>The data file does not open</source>
        <translation>数据文件打不开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="60" />
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="65" />
        <source>Fetch the station's data again from the county</source>
        <translation>从县中心重新取回本站数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="69" />
        <source>Either way the damaged file is kept in the data folder, and changes not yet sent to the county are taken over from it where it can still be read.</source>
        <translation>无论哪种方式，损坏的文件都会保留在数据文件夹里；其中还没上传到县中心、还能读出的修改会被接过来。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="78" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="90" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="97" />
        <source>Fetching the station's data from the county; this can take a few minutes…</source>
        <translation>正在从县中心取回本站数据，可能要几分钟…</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../desktop/ui/login.py" line="181" />
        <source>Reset the password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="188" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="189" />
        <source>Reset code</source>
        <translation>重置码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="190" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="191" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="197" />
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login.py" line="207" />
        <source>The two passwords differ. Please type them again.</source>
        <translation>两次输入的密码不一样，请重新输入。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="224" />
        <source>Station Desk</source>
        <translation>实践站工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="225" />
        <source>Today's automatic backup: {0}</source>
        <translation>今天的自动备份：{0}</translation>
    </message>
</context>
</TS>