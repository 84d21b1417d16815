<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="140" />
        <location filename="../../desktop/ui/help/panel.py" line="181" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="182" />
        <source>Help for this page (F1)</source>
        <translation>本页帮助（F1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="188" />
        <source>Help for this page</source>
        <translation>本页帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="190" />
        <source>Guided tour</source>
        <translation>新手导览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="191" />
        <source>Operation manual (PDF)</source>
        <translation>操作手册（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="222" />
        <source>Operation manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="223" />
        <source>The manual is not on this PC. Ask the county centre for the PDF, or read the help (F1).</source>
        <translation>本机没有操作手册。请向县中心索取 PDF，或按 F1 查看帮助。</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="64" />
        <source>Search all help topics</source>
        <translation>搜索全部帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="78" />
        <source>Nothing found. Try a shorter word.</source>
        <translation>没有找到。请换一个短一点的词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="89" />
        <source>Guided tour</source>
        <translation>新手导览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="91" />
        <source>Five steps over the real pages: station, roster, activity, kiosk, printing</source>
        <translation>五步走一遍真实页面：实践站、名册、活动、签到台、打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/panel.py" line="93" />
        <source>Operation manual (PDF)</source>
        <translation>操作手册（PDF）</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="18" />
        <source>Preset teams: the county's plan for the station's volunteer teams. Nine teams (district plan): theory lectures, civilised customs, education and care, culture, science, law, sports, health, ecology. Eight teams (Changzhi plan): the eight of Changzhi's scheme. Pick the one your county uses; you can rename, add or delete teams later on the Teams tab.</source>
        <translation>预设队伍：县里规定的志愿服务队方案。“九支队伍”（区级方案）：理论宣讲、文明风尚、教育关爱、文化惠民、科技科普、普法宣传、体育健身、健康服务、生态环保。“八支队伍”（长治方案）：长治市方案的八支队伍。选本县采用的方案；以后可以在“队伍”页改名、新建或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="23" />
        <source>The five tasks of a practice station: study and practise the Party's theory; publicise the Party's policies; cultivate and practise core values; enrich cultural life; change old customs. Every activity counts under one of them.</source>
        <translation>实践站的五项任务：学习实践科学理论、宣传宣讲党的政策、培育践行主流价值、丰富活跃文化生活、持续深入移风易俗。每场活动归入其中一项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="26" />
        <source>Concentrated activity day: the first Saturday of every month, when every team holds an activity at the station. The calendar marks it with a star.</source>
        <translation>集中活动日：每月第一个星期六，各支队伍集中到站开展活动。月历上用 ★ 标出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="29" />
        <source>1+10: every volunteer keeps in touch with about ten households, visits them every month and records the visit here.</source>
        <translation>1+10：每名志愿者联系约十户群众，每月走访一次，并在这里登记走访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="31" />
        <source>Active volunteer: a volunteer with at least 24 hours of recorded service in the year (the standard can be changed in the hour rules).</source>
        <translation>活跃志愿者：一年内记录的服务时长不少于 24 小时的志愿者（标准可在服务时长规则中修改）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="33" />
        <source>10-working-day rule: an activity must be recorded (attendance, hours, photos) within 10 working days after it is held; later it shows a warning.</source>
        <translation>10 个工作日规定：活动开展后 10 个工作日内要完成记录（签到、时长、照片），超过时会显示提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="35" />
        <source>Targets: the figures the county checks every month and year. 0 switches a check off.</source>
        <translation>目标：县里每月、每年检查的数字。填 0 表示不检查这一项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="42" />
        <source>How many activities the station holds in a month.</source>
        <translation>实践站每月开展活动的场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="43" />
        <source>How many of the month's activities are theory lectures (tick “Theory lecture” on the activity).</source>
        <translation>每月活动中理论宣讲的场次（在活动中勾选“理论宣讲”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="45" />
        <source>1 = the station head organises at least one activity every week.</source>
        <translation>1 = 站长每周至少组织一次活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="46" />
        <source>Average recorded service hours per volunteer on the roster in a year.</source>
        <translation>在册志愿者每人每年平均记录的服务时长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="47" />
        <source>Share of the volunteers on the roster with at least one service record this year.</source>
        <translation>本年至少有一次服务记录的在册志愿者所占比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="48" />
        <source>Share of the Party members on the roster who have served this year.</source>
        <translation>本年参加过志愿服务的在册党员所占比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="49" />
        <source>Hours a year from which a volunteer counts as active (usually 24).</source>
        <translation>一年服务满多少小时算活跃志愿者（通常为 24 小时）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="50" />
        <source>Activities each team organises in a month.</source>
        <translation>每支队伍每月组织的活动场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="51" />
        <source>Concentrated services each team holds in a year.</source>
        <translation>每支队伍每年开展集中服务的次数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="52" />
        <source>1 = an activity is held on the concentrated activity day, the first Saturday of the month.</source>
        <translation>1 = 每月第一个星期六（集中活动日）开展活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="54" />
        <source>1+10: visits each contact household gets from its volunteer in a month.</source>
        <translation>1+10：每户联系户每月得到志愿者走访的次数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="55" />
        <source>Activities held with the paired co-building unit in a month.</source>
        <translation>每月与结对共建单位共同开展的活动场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/hints.py" line="56" />
        <source>Share of residents' requests accepted within the menu item's response time.</source>
        <translation>在点单事项规定的响应时间内接单的群众点单所占比例。</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="14" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="16" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="18" />
        <source>Choose the year</source>
        <translation>选择年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="20" />
        <source>Choose the month</source>
        <translation>选择月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="22" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="24" />
        <source>Detach or dock the panel</source>
        <translation>分离或停靠面板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="26" />
        <source>Select all rows</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="28" />
        <source>Show more tabs</source>
        <translation>显示更多标签页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tooltips.py" line="30" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="72" />
        <source>1. Your station</source>
        <translation>第一步：您的实践站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="73" />
        <source>This is the home page of your station: its name and place, this month's and this year's figures, and the target check with what to do next. Change the station's details in Settings.</source>
        <translation>这是实践站的首页：站名和所在地，本月和本年的数字，以及目标检查和下一步该做的事。实践站信息可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="75" />
        <source>2. The roster</source>
        <translation>第二步：志愿者名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="76" />
        <source>Import the volunteer list you already keep in Excel: the wizard matches your columns and checks every ID number. Or add volunteers one by one with “Add volunteer”.</source>
        <translation>把您已有的 Excel 志愿者台账导入进来：向导自动对应各列，并逐个检查身份证号。也可以点“登记志愿者”一个一个登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="78" />
        <source>3. An activity</source>
        <translation>第三步：安排活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="79" />
        <source>Plan an activity: its task, team, place and time. After it is held, record attendance, hours and photos within 10 working days.</source>
        <translation>安排一场活动：选择任务类别、队伍、地点和时间。活动开展后，10 个工作日内记录签到、时长和照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="81" />
        <source>4. The sign-in desk</source>
        <translation>第四步：签到台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="82" />
        <source>On the day, open the sign-in desk full screen: volunteers tap their name, type their initials or scan their QR card. Leaving the desk needs the station head's PIN.</source>
        <translation>活动当天打开全屏签到台：志愿者点自己的名字、输入拼音首字母或扫二维码卡签到。退出签到台需要站长密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="84" />
        <source>5. Printing</source>
        <translation>第五步：打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="85" />
        <source>Print the registers an inspection asks for: the service register, sign-in sheets, activity records with photos, certificates and the monthly report. All on A4.</source>
        <translation>打印检查要看的文书：志愿者服务登记簿、签到表、附照片的活动记录、服务证明和月度通报，全部按 A4 排版。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="105" />
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="106" />
        <source>Reopen it any time from Help (F1)</source>
        <translation>随时可以从“帮助”（F1）重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="107" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="108" />
        <location filename="../../desktop/ui/help/tour.py" line="151" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="147" />
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help/tour.py" line="151" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
</TS>