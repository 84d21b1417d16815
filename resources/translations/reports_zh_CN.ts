<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CertificatesBox</name>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="73" />
        <source>Certificates issued</source>
        <translation>已出具的证明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="88" />
        <source>Print again...</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="89" />
        <source>Cancel this certificate...</source>
        <translation>作废这份证明…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="118" />
        <source>Why is it cancelled? The number stays in the register and is never used again.</source>
        <translation>作废原因是什么？该编号会保留在登记簿中，今后不再使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="107" />
        <source>Select a certificate in the list first.</source>
        <translation>请先在列表中选中一份证明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="114" />
        <source>Select a valid certificate in the list first.</source>
        <translation>请先在列表中选中一份有效的证明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="117" />
        <source>Cancel certificate {0}</source>
        <translation>作废证明 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="126" />
        <source>The certificate is cancelled.</source>
        <translation>证明已作废。</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="31" />
        <source>Number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="31" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="31" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="31" />
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="31" />
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="32" />
        <source>Handling officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="32" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="53" />
        <source>Cancelled: {0}</source>
        <translation>已作废：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="54" />
        <source>Number issued twice: check</source>
        <translation>编号重复，请核查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/certificates.py" line="54" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="98" />
        <source>A month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="99" />
        <source>A year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="100" />
        <source>From ... to ...</source>
        <translation>自定义起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="120" />
        <source>Per volunteer</source>
        <translation>按志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="121" />
        <source>Per activity</source>
        <translation>按活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="134" />
        <source>Blank, with the team's names, for signing by hand</source>
        <translation>空白表（列出队伍成员姓名，现场手签）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="135" />
        <source>Filled in from the kiosk sign-ins</source>
        <translation>按签到台记录填好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="146" />
        <source>Who issues it (required to issue)</source>
        <translation>出具证明的工作人员（出具时必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="148" />
        <source>Default: the station head</source>
        <translation>默认为站长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="149" />
        <source>Show ID card numbers and phones in full</source>
        <translation>显示完整身份证号和电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="114" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="151" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="151" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="152" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="152" />
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="153" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="153" />
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="154" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="155" />
        <source>Volunteers</source>
        <translation>志愿者范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="155" />
        <source>Sheet</source>
        <translation>签到表样式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="156" />
        <source>Handling officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="157" />
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/options.py" line="221" />
        <source>All volunteers</source>
        <translation>全部志愿者</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="55" />
        <location filename="../../desktop/ui/reports/page.py" line="379" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="56" />
        <source>Every paper prints on A4 with page numbers; ID numbers and phones are masked unless you ask for them in full.</source>
        <translation>所有文书均按 A4 纸排版并带页码；身份证号和电话默认打码，需要时可选择显示完整号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="83" />
        <source>Volunteer service register</source>
        <translation>志愿者服务登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="84" />
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="85" />
        <source>Activity record with photos</source>
        <translation>活动记录（含照片）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="86" />
        <source>Service certificate</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="87" />
        <source>Certificate register</source>
        <translation>志愿服务证明登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="88" />
        <source>Monthly figures and target check</source>
        <translation>月度通报与目标检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="110" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="120" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="121" />
        <source>Print...</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="122" />
        <source>Save PDF...</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="123" />
        <source>Save Excel...</source>
        <translation>保存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="132" />
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="94" />
        <source>The register lists each service with its date, place, content, hours, organiser and person in charge, with a column for the volunteer's signature.</source>
        <translation>登记簿逐条列出每次服务的日期、地点、内容、时长、组织单位和负责人，并留有志愿者本人签名栏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="96" />
        <source>Print the blank sheet before the activity; the filled one shows the kiosk's sign-ins and sign-outs.</source>
        <translation>活动前打印空白签到表供现场手签；活动后可打印按签到台记录填好的签到表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="98" />
        <source>One page per activity for inspections and the star rating, with up to 12 photos.</source>
        <translation>每个活动一份记录，供检查和星级评定使用，最多附 12 张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="100" />
        <source>Preview shows a draft. Printing or saving gives the certificate its number and records it in the certificate register.</source>
        <translation>预览显示的是草稿。打印或保存时才会给证明编号，并记入证明登记簿。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="102" />
        <source>Every certificate number issued, including cancelled ones.</source>
        <translation>列出出具过的全部证明编号，包括已作废的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="103" />
        <source>The month's figures for the county's bulletin, and the targets: met, missing and what to do next.</source>
        <translation>本月主要数据（供县中心月度通报）和目标检查：哪些已达标、哪些未达标、下一步怎么做。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="267" />
        <source>Cancelled; no file was written.</source>
        <translation>已取消，没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="214" />
        <source>Collecting the records...</source>
        <translation>正在汇总记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="241" />
        <source>Drawing the pages...</source>
        <translation>正在绘制页面…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="252" />
        <location filename="../../desktop/ui/reports/page.py" line="270" />
        <source>Preview opened.</source>
        <translation>已打开预览。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="257" />
        <source>Counting the pages...</source>
        <translation>正在统计总页数…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="286" />
        <source>Preview opened; the pages could not be counted.</source>
        <translation>预览已打开；未能统计总页数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="300" />
        <location filename="../../desktop/ui/reports/page.py" line="373" />
        <source> Certificate number {0}.</source>
        <translation> 证明编号 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="301" />
        <source>Choose a printer.</source>
        <translation>请选择打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="310" />
        <source>Fill in the handling officer before issuing a certificate.</source>
        <translation>出具证明前请填写经办人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="330" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="332" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="332" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="344" />
        <source>Writing {0}...</source>
        <translation>正在生成 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="372" />
        <source>{0} pages</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="372" />
        <source>Excel workbook</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="374" />
        <source>Saved {0} ({1}).</source>
        <translation>已保存：{0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/page.py" line="379" />
        <source>The file is at {0}.</source>
        <translation>文件保存在 {0}。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing/document.py" line="227" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/document.py" line="236" />
        <source>The paper has {0} pages; choose pages from 1 to {0}.</source>
        <translation>这份材料只有 {0} 页，请选择第 1 至 {0} 页之间的页码。</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="156" />
        <source>{0}: {1} (required {2}) — {3}</source>
        <translation>{0}：{1}（要求 {2}）— {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="162" />
        <source>{0} records counted.</source>
        <translation>共计入 {0} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="163" />
        <source>No records were counted for this figure.</source>
        <translation>这项数字没有计入任何记录。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="176" />
        <source>Target figures</source>
        <translation>目标设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="178" />
        <source>Set the figures your county uses. 0 switches a check off. Figures pushed by the county centre arrive with the next sync.</source>
        <translation>按本县的要求设置各项目标，填 0 表示不检查该项。县中心下发的目标会在下次同步时更新。</translation>
    </message>
</context>
<context>
    <name>TargetsWidget</name>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="54" />
        <source>Targets</source>
        <translation>目标检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="58" />
        <source>Target figures...</source>
        <translation>目标设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="60" />
        <source>Monthly report...</source>
        <translation>打印月报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="78" />
        <source>Click a target to see the records it counted</source>
        <translation>点击某项目标，查看它计入了哪些记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="94" />
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="94" />
        <source>Missing</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="94" />
        <source>Not yet</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="95" />
        <source>For information</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="95" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="98" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="105" />
        <source>No targets are switched on.</source>
        <translation>没有启用任何目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="128" />
        <source>This month ({0})</source>
        <translation>本月（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="129" />
        <source>This year so far ({0})</source>
        <translation>本年累计（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="134" />
        <source>{0} of {1} targets met</source>
        <translation>{1} 项目标中已达标 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/targets_widget.py" line="135" />
        <source>All {0} targets met</source>
        <translation>{0} 项目标全部达标</translation>
    </message>
</context>
</TS>