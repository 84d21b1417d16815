<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cards</name>
    <message>
        <location filename="../../desktop/printing/cards.py" line="68" />
        <source>Volunteer card · scan to sign in</source>
        <translation>志愿服务卡 · 签到时扫码</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/cards.py" line="83" />
        <location filename="../../desktop/printing/cards.py" line="94" />
        <source>Cannot write {path} ({error}). Choose another folder, or close the program that has this file open.</source>
        <translation>无法写入 {path}（{error}）。请换一个文件夹，或先关闭正在打开这个文件的程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/cards.py" line="98" />
        <source>Cannot write {path} ({error}). Free some space or choose another folder, then try again.</source>
        <translation>无法写入 {path}（{error}）。请腾出磁盘空间或换一个文件夹，然后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/cards.py" line="111" />
        <source>Volunteer QR cards</source>
        <translation>志愿者二维码卡</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="32" />
        <source>Print volunteer QR cards</source>
        <translation>打印志愿者二维码卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="36" />
        <source>Everyone on the roster</source>
        <translation>名册上的全部志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="37" />
        <source>One team</source>
        <translation>一支队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="38" />
        <source>One volunteer (a new one, or a lost card)</source>
        <translation>一名志愿者（新来的，或卡丢了、坏了）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="52" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="69" />
        <source>Choose the team.</source>
        <translation>请选择队伍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/cards_dialog.py" line="75" />
        <source>Type the volunteer's name, initials or phone, then choose them in the list.</source>
        <translation>请输入志愿者的姓名、拼音首字母或手机号，再在列表里选中这个人。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="435" />
        <source>{0} balance: {1} {2}</source>
        <translation>{0}余额：{1} {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="123" />
        <source>Sign-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="165" />
        <source>Tap once for every resident who comes</source>
        <translation>每来一位群众点一下</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="169" />
        <source>Undo one resident counted by mistake</source>
        <translation>点错了，减去一位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="175" />
        <source>Type pinyin initials or the last 4 digits of your phone, or scan your volunteer card</source>
        <translation>输入姓名拼音首字母或手机号后4位，或扫描志愿服务卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="231" />
        <source>New volunteer? Register here</source>
        <translation>第一次来？在这里登记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="241" />
        <source>Station head: close the sign-in desk</source>
        <translation>站长退出签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="243" />
        <source>For the station head only: needs the PIN. Volunteers who are leaving tap their own name to sign out.</source>
        <translation>仅限站长使用，需要输入密码。志愿者离开时请点自己的名字签退。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="277" />
        <source>{0} to {1}  ·  {2}  ·  now {3}</source>
        <translation>{0} 至 {1}  ·  {2}  ·  现在 {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="283" />
        <source>Signed in: {0}  Signed out: {1}</source>
        <translation>在岗 {0} 人  已签退 {1} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="286" />
        <source>Residents +1  (now {0})</source>
        <translation>群众 +1（已有 {0} 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="303" />
        <source>Expected today</source>
        <translation>今天应到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="304" />
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="321" />
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="395" />
        <source>Nobody found. New here? Register with the button below.</source>
        <translation>没有找到。第一次来？请点下方按钮登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="397" />
        <source>{0} people found: tap your name.</source>
        <translation>找到 {0} 人，请点自己的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="452" />
        <source>Accepted. Thank you! The station head will tell the resident.</source>
        <translation>已接单，谢谢您！站长会告诉群众。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="511" />
        <source>Welcome! Find your name and tap it to sign in; tap again when you leave.</source>
        <translation>欢迎！找到自己的名字点一下就是签到，离开时再点一下签退。</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="25" />
        <source>I'll take it</source>
        <translation>我来接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="29" />
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="31" />
        <source>The request stays with you; the station head can reassign it</source>
        <translation>点单仍派给您，站长可以改派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="50" />
        <source>{name}, the team {team} has a request: {title} ({number})</source>
        <translation>{name}，{team}有一个点单：{title}（{number}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="53" />
        <source>{name}, a request for you: {title} ({number})</source>
        <translation>{name}，有一个派给您的点单：{title}（{number}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/offer.py" line="58" />
        <source>and {n} more waiting; ask the station head</source>
        <translation>还有 {n} 个待接，请问站长</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="51" />
        <source>Sign-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="52" />
        <source>Choose the activity, then open the sign-in desk on this PC. Volunteers sign in and out themselves; leaving the desk needs the station head's PIN.</source>
        <translation>选择活动后，在本机打开签到台。志愿者自助签到、签退；退出签到台需要站长密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="61" />
        <source>Open the sign-in desk (full screen)</source>
        <translation>打开签到台（全屏）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="73" />
        <source>Print volunteer QR cards (A4 PDF)…</source>
        <translation>打印志愿者二维码卡（A4 PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="226" />
        <source>Writing {0} cards...</source>
        <translation>正在生成 {0} 张二维码卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="74" />
        <source>Cards with name, team and a QR code; volunteers scan them at the sign-in desk</source>
        <translation>卡片上有姓名、队伍和二维码，志愿者在签到台扫码签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="80" />
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="92" />
        <source>Station head's PIN</source>
        <translation>站长密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="99" />
        <source>6 to 8 digits</source>
        <translation>6到8位数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="100" />
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="101" />
        <source>Set PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="107" />
        <source>Service-hour rules</source>
        <translation>服务时长规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="111" />
        <source>No rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="111" />
        <source>{0} minutes</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="113" />
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="114" />
        <source>Round to nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="117" />
        <location filename="../../desktop/ui/pages/signin.py" line="122" />
        <location filename="../../desktop/ui/pages/signin.py" line="125" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="118" />
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="119" />
        <source>Sign out at the activity's end those who forgot (flagged for review)</source>
        <translation>忘记签退的，按活动结束时间自动签退（标记待核对）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="126" />
        <source>Round to</source>
        <translation>取整单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="127" />
        <source>Rounding</source>
        <translation>取整方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="128" />
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="130" />
        <source>Active volunteer from</source>
        <translation>活跃志愿者标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="131" />
        <source>Yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="132" />
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="155" />
        <source>No activity in the last or next seven days. Create one on the Activities page first.</source>
        <translation>前后七天内没有活动。请先在“活动”页面新建活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="158" />
        <source>A PIN is set.</source>
        <translation>已设置站长密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="159" />
        <source>No PIN yet: set one before opening the sign-in desk.</source>
        <translation>尚未设置站长密码：打开签到台前请先设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="166" />
        <source>The sign-in desk is for today's activities. For an activity on another day, enter its paper sheet on the Activities page.</source>
        <translation>签到台只用于今天的活动。其他日期的活动，请在“活动”页补录纸质签到表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="190" />
        <source>PIN saved.</source>
        <translation>密码已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="200" />
        <source>Rules saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="209" />
        <source>volunteer QR cards ({0}).pdf</source>
        <translation>志愿者二维码卡（{0}）.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="211" />
        <source>Save the QR card sheet</source>
        <translation>保存二维码卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="212" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="210" />
        <source>volunteer QR cards.pdf</source>
        <translation>志愿者二维码卡.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="220" />
        <source>Making the QR codes...</source>
        <translation>正在生成二维码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="235" />
        <source>{0} cards saved to {1}. Print them on A4 and cut along the dashed lines.</source>
        <translation>已生成 {0} 张卡片：{1}。请用A4纸打印，沿虚线裁开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="251" />
        <source>Choose an activity first.</source>
        <translation>请先选择活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/signin.py" line="254" />
        <source>Set the station head's PIN first, so that nobody else can close the sign-in desk.</source>
        <translation>请先设置站长密码，以免他人随意关闭签到台。</translation>
    </message>
</context>
<context>
    <name>PinPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/pin.py" line="19" />
        <source>Station head's PIN to leave the sign-in desk</source>
        <translation>输入站长密码退出签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin.py" line="45" />
        <source>Back to sign-in</source>
        <translation>返回签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin.py" line="47" />
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin.py" line="67" />
        <source>Wrong PIN. The sign-in desk stays open.</source>
        <translation>密码不对，签到台继续开着。</translation>
    </message>
</context>
<context>
    <name>TileModel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/tiles.py" line="23" />
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/tiles.py" line="23" />
        <source>Signed out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/tiles.py" line="23" />
        <source>Tap to sign in</source>
        <translation>点我签到</translation>
    </message>
</context>
<context>
    <name>WalkInPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="20" />
        <source>New here? Write your name and sign in</source>
        <translation>第一次来？写上名字就能签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="26" />
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="27" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="28" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/walkin.py" line="37" />
        <source>Register and sign in</source>
        <translation>登记并签到</translation>
    </message>
</context>
</TS>