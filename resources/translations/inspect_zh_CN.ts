<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="61" />
        <source>State: {0}</source>
        <translation>填报：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="69" />
        <source>What the station has, where, since when</source>
        <translation>本站有什么、在哪里、从何时起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="73" />
        <source>A photo already given is kept</source>
        <translation>保留已上传的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="73" />
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="74" />
        <source>Choose a photo...</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="76" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="81" />
        <source>Withdraw the statement</source>
        <translation>撤回填报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="90" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="91" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="106" />
        <source>Evidence pack</source>
        <translation>台账资料包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="114" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="115" />
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="119" />
        <source>Choose...</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="123" />
        <location filename="../../desktop/ui/pages/selfcheck.py" line="137" />
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="124" />
        <source>One PDF (cover, contents, register, every activity record with all its photos, the monthly bulletins, the certificate register, the self-check) and a zip of the photos.</source>
        <translation>一个 PDF（封面、目录、登记簿、每场活动记录及全部照片、月度通报、证明登记簿、自查表），外加一个照片压缩包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="130" />
        <source>Make the pack</source>
        <translation>生成资料包</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="158" />
        <source>Star rating self-check</source>
        <translation>星级评定自查表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="159" />
        <source>The station against the county's star-rating indicators (the eight standards) and the targets. Select a line to see its evidence; state what only the station can (signage, rules, projects).</source>
        <translation>对照县里的星级评定指标（“八有”标准）和量化指标自查。选中一行查看佐证；标识、制度、项目等由本站填报。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="165" />
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="174" />
        <source>State...</source>
        <translation>填报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="175" />
        <source>State what the station has for the selected indicator, with a photo</source>
        <translation>为选中的指标填报本站情况，可附照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="177" />
        <source>Save the self-check as PDF...</source>
        <translation>自查表存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="179" />
        <source>Evidence pack...</source>
        <translation>台账资料包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="180" />
        <source>The register, activity records, bulletins, certificates and this self-check in one PDF, with the photos</source>
        <translation>登记簿、活动记录、月度通报、证明登记簿和本自查表合成一个 PDF，另附照片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="191" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="191" />
        <location filename="../../desktop/ui/pages/selfcheck.py" line="194" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="191" />
        <location filename="../../desktop/ui/pages/selfcheck.py" line="195" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="192" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="192" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="194" />
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="194" />
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="195" />
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="203" />
        <source>The eight standards</source>
        <translation>“八有”标准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="205" />
        <source>Quantified targets</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="228" />
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="260" />
        <source>    The county's rating: {0} points {1}</source>
        <translation>    县里评定：{0} 分 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="262" />
        <source>Estimated {0} of {1} points  {2}    {3} of {4} standards met</source>
        <translation>自评估算 {0} 分（满分 {1}）  {2}    {4} 项中 {3} 项达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="264" />
        <source>A stated fact counts in full; the county's inspection decides. Indicators: {0}</source>
        <translation>自报事项按满分估算，以县里检查为准。指标：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="265" />
        <source>the county's</source>
        <translation>县里下发的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="265" />
        <source>the defaults</source>
        <translation>默认的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="289" />
        <source>Standard: {0}</source>
        <translation>标准：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="289" />
        <location filename="../../desktop/ui/pages/selfcheck.py" line="306" />
        <source>Actual: {0}</source>
        <translation>实际：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="291" />
        <location filename="../../desktop/ui/pages/selfcheck.py" line="308" />
        <source>Next step: {0}</source>
        <translation>下一步：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="292" />
        <source>Evidence:</source>
        <translation>佐证：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="292" />
        <source>No evidence yet.</source>
        <translation>还没有佐证。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="305" />
        <source>Period: {0}</source>
        <translation>时间段：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="305" />
        <source>Required: {0}</source>
        <translation>要求：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="310" />
        <source>Records counted: {0}</source>
        <translation>计入的记录：{0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="336" />
        <source>Statement withdrawn.</source>
        <translation>已撤回填报。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="340" />
        <source>Statement saved; it goes to the county with the next sync.</source>
        <translation>已保存填报内容，下次同步时报送县里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="360" />
        <source>Star rating self-check {0}.pdf</source>
        <translation>星级评定自查表-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="361" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="363" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="382" />
        <source>Writing {0}...</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="401" />
        <source>Saved {0} ({1} pages).</source>
        <translation>已保存 {0}（{1} 页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="421" />
        <source>Collecting the records for the evidence pack...</source>
        <translation>正在汇集台账资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="427" />
        <source>Writing the evidence pack...</source>
        <translation>正在写入台账资料包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/selfcheck.py" line="437" />
        <source>Evidence pack saved: {0} ({1} pages, {2:.1f} MB) and {3} photos in {4}.</source>
        <translation>台账资料包已保存：{0}（{1} 页，{2:.1f} MB），{3} 张照片在 {4}。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing/pack.py" line="79" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
</context>
</TS>