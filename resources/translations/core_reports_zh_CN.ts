<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>reports</name>
    <message>
        <source> (theory lecture)</source>
        <translation>（理论宣讲）</translation>
    </message>
    <message>
        <source>Activity name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Activity category</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Activity time</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>{start:%Y-%m-%d %H:%M}—{end:%H:%M}</source>
        <translation>{start:%Y年%m月%d日 %H:%M}—{end:%H:%M}</translation>
    </message>
    <message>
        <source>Activity place</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Paired co-building unit</source>
        <translation>结对共建单位</translation>
    </message>
    <message>
        <source>Residents served</source>
        <translation>服务群众</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} 人次</translation>
    </message>
    <message>
        <source>Volunteers taking part</source>
        <translation>参加志愿者</translation>
    </message>
    <message>
        <source>{n} people, {hours} hours in all</source>
        <translation>{n} 人，共 {hours} 小时</translation>
    </message>
    <message>
        <source>List of volunteers</source>
        <translation>志愿者名单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>New Era Civilization Practice activity record</source>
        <translation>新时代文明实践活动记录</translation>
    </message>
    <message>
        <source>{more} photos are not printed: their files are missing on this PC (sync to fetch them).</source>
        <translation>有 {more} 张照片未打印：本机缺少这些照片文件（同步后即可取回）。</translation>
    </message>
    <message>
        <source>Activity photos ({n})</source>
        <translation>活动照片（{n} 张）</translation>
    </message>
    <message>
        <source>Activity photos (continued, {start}–{end} of {n})</source>
        <translation>活动照片（续，第 {start}–{end} 张，共 {n} 张）</translation>
    </message>
    <message>
        <source>Activity photos: {n} (on the following pages)</source>
        <translation>活动照片：{n} 张（见后页）</translation>
    </message>
    <message>
        <source>This activity has no photos yet. Add photos in the activity, then print.</source>
        <translation>本活动还没有照片。请在活动中导入照片后再打印。</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Activity record {title}</source>
        <translation>活动记录 {title}</translation>
    </message>
    <message>
        <source>Cancelled; no file was made.</source>
        <translation>已取消，没有生成文件。</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>(stamp here)</source>
        <translation>（盖章处）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>Volunteer service activity</source>
        <translation>志愿服务活动</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <source>{name} (gender: {gender}, ID number: {id_card})</source>
        <translation>{name}（性别：{gender}，身份证号：{id_card}）</translation>
    </message>
    <message>
        <source>Certificate number: {number}</source>
        <translation>证明编号：{number}</translation>
    </message>
    <message>
        <source>(numbered when printed)</source>
        <translation>（打印时编号）</translation>
    </message>
    <message>
        <source>Certificate of Volunteer Service</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>This is to certify that {who} took part in volunteer service activities {count} times at {issuer} in {period}, with a total of &lt;u&gt;&amp;nbsp;{hours}&amp;nbsp;&lt;/u&gt; hours of volunteer service.</source>
        <translation>兹证明 {who}于 {period} 期间，在{issuer}参加志愿服务活动 {count} 次，累计志愿服务时长 &lt;u&gt;&amp;nbsp;{hours}&amp;nbsp;&lt;/u&gt; 小时。</translation>
    </message>
    <message>
        <source>Main services: {content}.</source>
        <translation>主要服务内容：{content}。</translation>
    </message>
    <message>
        <source>Hereby certified.</source>
        <translation>特此证明。</translation>
    </message>
    <message>
        <source>This certificate is void.</source>
        <translation>本证明已作废。</translation>
    </message>
    <message>
        <source>Issued by (stamp): {issuer}</source>
        <translation>出具单位（盖章）：{issuer}</translation>
    </message>
    <message>
        <source>Person in charge: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Handled by: {name}</source>
        <translation>经办人：{name}</translation>
    </message>
    <message>
        <source>Date of issue: {day:%Y-%m-%d}</source>
        <translation>出具日期：{day:%Y年%m月%d日}</translation>
    </message>
    <message>
        <source>Issued under the Measures for Volunteer Service Records and Certificates; the hours are those in this station&apos;s volunteer service records, and the number can be checked in this station&apos;s certificate register.</source>
        <translation>本证明依据《志愿服务记录与证明出具办法》出具，时长以本站志愿服务记录为准；编号可在本站证明登记簿中查验。</translation>
    </message>
    <message>
        <source>Attached: the volunteer service records</source>
        <translation>附：志愿服务记录明细</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Certificate of Volunteer Service {number}</source>
        <translation>志愿服务证明 {number}</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服务时间段</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Number used twice, please check</source>
        <translation>编号重复，请核查</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No certificates have been issued yet.</source>
        <translation>还没有出具过志愿服务证明。</translation>
    </message>
    <message>
        <source>Register of volunteer service certificates</source>
        <translation>志愿服务证明登记簿</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <source>(deleted volunteer)</source>
        <translation>（已删除的志愿者）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Attended (people)</source>
        <translation>参加(人)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>计入的记录</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>开展活动（场）</translation>
    </message>
    <message>
        <source>of which theory lectures</source>
        <translation>其中：理论宣讲（场）</translation>
    </message>
    <message>
        <source>of which with the paired co-building unit</source>
        <translation>其中：结对共建单位参与（场）</translation>
    </message>
    <message>
        <source>&#x3000;{category} (activities)</source>
        <translation>&#x3000;{category}（场）</translation>
    </message>
    <message>
        <source>Volunteers who served (people)</source>
        <translation>参加服务的志愿者（人）</translation>
    </message>
    <message>
        <source>Volunteer service hours</source>
        <translation>志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Residents served (visits)</source>
        <translation>服务群众（人次）</translation>
    </message>
    <message>
        <source>Newly registered volunteers (people)</source>
        <translation>新登记志愿者（人）</translation>
    </message>
    <message>
        <source>Volunteers who left (people)</source>
        <translation>退出志愿者（人）</translation>
    </message>
    <message>
        <source>Volunteers on the roster (people, at the end)</source>
        <translation>在册志愿者（人，期末）</translation>
    </message>
    <message>
        <source>Residents&apos; requests received</source>
        <translation>收到群众点单（件）</translation>
    </message>
    <message>
        <source>of which served</source>
        <translation>其中：已服务（件）</translation>
    </message>
    <message>
        <source>Average response time of requests (hours)</source>
        <translation>点单平均响应时间（小时）</translation>
    </message>
    <message>
        <source>Requests answered in time</source>
        <translation>点单按时响应率</translation>
    </message>
    <message>
        <source>Residents&apos; satisfaction with the service</source>
        <translation>群众评单满意率</translation>
    </message>
    <message>
        <source>Every target is met.</source>
        <translation>各项目标均已达到。</translation>
    </message>
    <message>
        <source>{n} targets are not met yet; see “Next step”.</source>
        <translation>有 {n} 项目标尚未达到，见“下一步”。</translation>
    </message>
    <message>
        <source>1. The month&apos;s main figures</source>
        <translation>一、本月主要数据</translation>
    </message>
    <message>
        <source>2. The month&apos;s target check</source>
        <translation>二、本月目标检查</translation>
    </message>
    <message>
        <source>3. Progress on the yearly targets, {period}</source>
        <translation>三、{period}年度目标进度</translation>
    </message>
    <message>
        <source>4. The month&apos;s activities</source>
        <translation>四、本月活动一览</translation>
    </message>
    <message>
        <source>No activities were recorded this month.</source>
        <translation>本月没有登记活动。</translation>
    </message>
    <message>
        <source>5. The records behind each figure</source>
        <translation>五、各项数字计入的记录</translation>
    </message>
    <message>
        <source>Only activities marked held or recorded, up to the day of the report, are counted; planned ones are not.</source>
        <translation>只统计截至报告日已标记为“已开展”或“已记录”的活动；计划中的活动不计入。</translation>
    </message>
    <message>
        <source>Monthly report of the New Era Civilization Practice Station, {period}</source>
        <translation>{period}新时代文明实践站工作月报</translation>
    </message>
    <message>
        <source>Statistics period</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>实践站</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Compiled on</source>
        <translation>汇编时间</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>台账资料包</translation>
    </message>
    <message>
        <source>New Era Civilization Practice Station work records</source>
        <translation>新时代文明实践站工作台账</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目  录</translation>
    </message>
    <message>
        <source>Evidence pack {station} {period}</source>
        <translation>台账资料包 {station} {period}</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度通报</translation>
    </message>
    <message>
        <source>Service place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Own signature</source>
        <translation>本人签名</translation>
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
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Hours added by hand: {note}</source>
        <translation>时长补录：{note}</translation>
    </message>
    <message>
        <source> (back-entered)</source>
        <translation>（补录）</translation>
    </message>
    <message>
        <source>Volunteer number</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>{n} services</source>
        <translation>{n} 次服务</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>There are no volunteer service records in the chosen period.</source>
        <translation>所选时间段内没有志愿服务记录。</translation>
    </message>
    <message>
        <source>Volunteer service register</source>
        <translation>志愿者服务登记簿</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Head of the station</source>
        <translation>实践站负责人</translation>
    </message>
    <message>
        <source>Service register</source>
        <translation>服务登记簿</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>Signed out automatically</source>
        <translation>自动签退</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Back-entered</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Sign-in signature</source>
        <translation>签到签名</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Sign-out signature</source>
        <translation>签退签名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>This activity has no team; volunteers who take part write their names in the empty rows.</source>
        <translation>本活动没有指定队伍，请参加的志愿者在空行中填写姓名。</translation>
    </message>
    <message>
        <source>Volunteer service activity sign-in sheet</source>
        <translation>志愿服务活动签到表</translation>
    </message>
    <message>
        <source>Signed out automatically, please check</source>
        <translation>自动签退，请核对</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>未签退</translation>
    </message>
    <message>
        <source>This activity has no sign-ins yet.</source>
        <translation>本活动还没有签到记录。</translation>
    </message>
    <message>
        <source>Volunteer service activity sign-in sheet (sign-in records)</source>
        <translation>志愿服务活动签到表（签到记录）</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>before {at:%Y-%m-%d %H:%M}</source>
        <translation>{at:%Y年%m月%d日 %H:%M} 前</translation>
    </message>
    <message>
        <source>within three working days</source>
        <translation>三个工作日内</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>点单内容</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>{title} ({description})</source>
        <translation>{title}（{description}）</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Wanted time</source>
        <translation>希望时间</translation>
    </message>
    <message>
        <source>Request channel</source>
        <translation>点单渠道</translation>
    </message>
    <message>
        <source>{at:%Y-%m-%d %H:%M}</source>
        <translation>{at:%Y年%m月%d日 %H:%M}</translation>
    </message>
    <message>
        <source>Residents&apos; request receipt</source>
        <translation>群众点单回执</translation>
    </message>
    <message>
        <source>We will arrange volunteers and contact you {answer}. To ask about progress, come to the station or call {phone} and give the number. When the service is done, please rate it (satisfied / fairly satisfied / not satisfied).</source>
        <translation>我们会在{answer}安排志愿者并与您联系。查询进度请来站或致电{phone}，报上单号即可。服务完成后，请对服务作出评价（满意 / 基本满意 / 不满意）。</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Number (give it when you ask)</source>
        <translation>单号（查询时请报此号）</translation>
    </message>
    <message>
        <source>Practice station (stamp):</source>
        <translation>实践站（盖章）：</translation>
    </message>
    <message>
        <source>Date: {at:%Y-%m-%d}</source>
        <translation>日期：{at:%Y年%m月%d日}</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
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
        <source>Love supermarket redemption slip</source>
        <translation>爱心超市兑换单</translation>
    </message>
    <message>
        <source>Slip number: {number}</source>
        <translation>单号：{number}</translation>
    </message>
    <message>
        <source>Time: {at:%Y-%m-%d %H:%M}</source>
        <translation>时间：{at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>Volunteer: {name}</source>
        <translation>志愿者：{name}</translation>
    </message>
    <message>
        <source>Points scheme: {name}</source>
        <translation>积分项目：{name}</translation>
    </message>
    <message>
        <source>Goods item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price ({unit})</source>
        <translation>单价（{unit}）</translation>
    </message>
    <message>
        <source>Subtotal ({unit})</source>
        <translation>小计（{unit}）</translation>
    </message>
    <message>
        <source>Balance before: {before} {unit}; balance after: {after} {unit}.</source>
        <translation>兑换前余额 {before} {unit}，兑换后余额 {after} {unit}。</translation>
    </message>
    <message>
        <source>Received by (signature): ____________</source>
        <translation>领取人签名：____________</translation>
    </message>
    <message>
        <source>cut along this line</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>(stub)</source>
        <translation>（存根联）</translation>
    </message>
    <message>
        <source>(volunteer&apos;s copy)</source>
        <translation>（领取联）</translation>
    </message>
    <message>
        <source>Slip {number}</source>
        <translation>兑换单 {number}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>经办</translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Points scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <source>{scheme} (unit: {unit})</source>
        <translation>{scheme}（单位：{unit}）</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Earned in all</source>
        <translation>累计获得</translation>
    </message>
    <message>
        <source>Spent and deducted</source>
        <translation>兑换与扣减</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>当前余额</translation>
    </message>
    <message>
        <source>No points records in this period.</source>
        <translation>这段时间没有积分记录。</translation>
    </message>
    <message>
        <source>{scheme} points statement</source>
        <translation>{scheme}积分明细</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>支取</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>户名</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>{scheme} passbook</source>
        <translation>{scheme}存折</translation>
    </message>
    <message>
        <source>Holder&apos;s signature</source>
        <translation>储户签名</translation>
    </message>
    <message>
        <source>Passbook</source>
        <translation>存折</translation>
    </message>
    <message>
        <source>{scheme} passbook {name}</source>
        <translation>{scheme}存折 {name}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Earned this month</source>
        <translation>本月获得</translation>
    </message>
    <message>
        <source>Balance in all</source>
        <translation>累计余额</translation>
    </message>
    <message>
        <source>{month} {scheme} points board</source>
        <translation>{month}{scheme}积分榜</translation>
    </message>
    <message>
        <source>Points board</source>
        <translation>积分榜</translation>
    </message>
    <message>
        <source>Earned this month ({unit})</source>
        <translation>本月获得（{unit}）</translation>
    </message>
    <message>
        <source>Balance ({unit})</source>
        <translation>余额（{unit}）</translation>
    </message>
    <message>
        <source>Nobody has earned points this month yet.</source>
        <translation>本月还没有人获得积分。</translation>
    </message>
    <message>
        <source>Thank you to every volunteer for what you give!</source>
        <translation>感谢每一位志愿者的奉献！</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Last month&apos;s stock</source>
        <translation>上月结存</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>本月入库</translation>
    </message>
    <message>
        <source>Issued this month</source>
        <translation>本月兑出</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Stock at month end</source>
        <translation>本月结存</translation>
    </message>
    <message>
        <source>Note: the stock of {items} is negative (both PCs issued it while offline); count it and settle it.</source>
        <translation>注意：{items}的结存为负数（两台电脑离线时都兑出了），请盘点后处理。</translation>
    </message>
    <message>
        <source>Stock = last month&apos;s stock + received − issued + stocktake adjustment.</source>
        <translation>结存 = 上月结存 + 本月入库 − 本月兑出 + 盘点调整。</translation>
    </message>
    <message>
        <source>{month} love supermarket monthly stock report</source>
        <translation>{month}爱心超市库存月报表</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Station head (signature)</source>
        <translation>站长（签字）</translation>
    </message>
    <message>
        <source>Monthly stock</source>
        <translation>库存月报</translation>
    </message>
    <message>
        <source>The month “{text}” is not in the right form; write it like 2026-03.</source>
        <translation>月份“{text}”写法不对，应写成 2026-03。</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Residents request stub (kept by the station)</source>
        <translation>群众点单存根（实践站留存）</translation>
    </message>
    <message>
        <source>Dispatched: ________________  Accepted: ________________  Done: ________________  Rating: satisfied / fairly satisfied / not satisfied</source>
        <translation>派单：________________&#x3000;接单：________________&#x3000;完成：________________&#x3000;评价：满意 / 基本满意 / 不满意</translation>
    </message>
    <message>
        <source>Residents&apos; request receipt {number}</source>
        <translation>群众点单回执 {number}</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Accepting team / volunteer</source>
        <translation>接单队伍/志愿者</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Hrs</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>收到点单</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已服务</translation>
    </message>
    <message>
        <source>Accepted in time</source>
        <translation>按时接单率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Residents&apos; request ledger</source>
        <translation>群众点单台账</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填表人</translation>
    </message>
    <message>
        <source>Request ledger</source>
        <translation>点单台账</translation>
    </message>
    <message>
        <source>By the county</source>
        <translation>县里评定</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Estimated score</source>
        <translation>自评估算</translation>
    </message>
    <message>
        <source>{score} of {max} ({stars})</source>
        <translation>{score} 分（满分 {max}，{stars}）</translation>
    </message>
    <message>
        <source>County&apos;s rating</source>
        <translation>县里评定</translation>
    </message>
    <message>
        <source>{score} points, {stars}</source>
        <translation>{score} 分，{stars}</translation>
    </message>
    <message>
        <source>Indicators and points as set by the county.</source>
        <translation>指标和分值按县里下发的设定。</translation>
    </message>
    <message>
        <source>The county has not sent its own indicators yet; the default indicators are used.</source>
        <translation>县里还没有下发指标，暂按默认指标自查。</translation>
    </message>
    <message>
        <source>The estimate counts a stated fact in full and the county&apos;s own appraisal as nothing; the county&apos;s inspection decides.</source>
        <translation>自评估算中，自报事项按满分计，群众评议不计分；以县里检查为准。</translation>
    </message>
    <message>
        <source>Star rating self-check</source>
        <translation>星级评定自查表</translation>
    </message>
    <message>
        <source>The eight standards</source>
        <translation>“八有”标准</translation>
    </message>
    <message>
        <source>Quantified targets</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查表</translation>
    </message>
    <message>
        <source>Photos given as evidence</source>
        <translation>佐证照片</translation>
    </message>
</context>
<context>
    <name>services.points_rules</name>
    <message>
        <source>By rule: {rule}</source>
        <translation>按规则：{rule}</translation>
    </message>
</context>
</TS>
