<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="108" />
        <source>Award or deduct points</source>
        <translation>手工加分或扣分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="113" />
        <source>e.g. 5, or -2 to deduct</source>
        <translation>例如 5；扣分写 -2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="117" />
        <source>Volunteer *</source>
        <translation>志愿者 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="118" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="119" />
        <source>Rule</source>
        <translation>对应规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="120" />
        <source>Amount *</source>
        <translation>分值 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="121" />
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="122" />
        <source>Operator *</source>
        <translation>经办人 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="125" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="125" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="148" />
        <source>Choose the volunteer and the scheme.</source>
        <translation>请选择志愿者和积分项目。</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="63" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="63" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="63" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="63" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="63" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="64" />
        <source>Check</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="108" />
        <source>Overdrawn: settle it</source>
        <translation>透支，请处理</translation>
    </message>
</context>
<context>
    <name>BalancesView</name>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="133" />
        <source>Search: name, pinyin or initials, phone</source>
        <translation>搜索：姓名、拼音或首字母、电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="136" />
        <source>Only overdrawn</source>
        <translation>只看透支</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="150" />
        <source>Computing all balances...</source>
        <translation>正在计算全部余额…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="152" />
        <source>Statement...</source>
        <translation>积分明细…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="153" />
        <source>Award or deduct...</source>
        <translation>加分/扣分…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="154" />
        <source>Redeem goods...</source>
        <translation>兑换物品…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="155" />
        <source>Monthly board (PDF)...</source>
        <translation>月度积分榜（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="156" />
        <source>Give hours...</source>
        <translation>转赠时长…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="232" />
        <source>All schemes</source>
        <translation>全部积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="255" />
        <source>{0} rows</source>
        <translation>共 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="257" />
        <source>{0} rows so far</source>
        <translation>已显示 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/balances.py" line="271" />
        <source>Select a volunteer first.</source>
        <translation>请先选择一位志愿者。</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="167" />
        <source>Monthly points board</source>
        <translation>月度积分榜</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="171" />
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="172" />
        <source>A3 (notice board)</source>
        <translation>A3（公示栏）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="177" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="178" />
        <source>Month (YYYY-MM)</source>
        <translation>月份（如 2026-03）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="179" />
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="180" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="183" />
        <source>Save as...</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="183" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="188" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="188" />
        <source>points-board-{0}.{1}</source>
        <translation>积分榜-{0}.{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="207" />
        <source>Saved {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="37" />
        <source>New goods</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="45" />
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="46" />
        <source>Price in points *</source>
        <translation>兑换所需积分 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="47" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="48" />
        <source>Stock on hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="49" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="52" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="57" />
        <source>The price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="62" />
        <source>Add a points scheme first (Rules tab).</source>
        <translation>请先在“规则”页新建积分项目。</translation>
    </message>
</context>
<context>
    <name>GoodsView</name>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="75" />
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="75" />
        <source>Price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="75" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="75" />
        <source>Check</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="81" />
        <source>New goods...</source>
        <translation>新增物品…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="82" />
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="83" />
        <source>Record count</source>
        <translation>记录盘点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="84" />
        <source>Monthly stock sheet (PDF)...</source>
        <translation>库存月报表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="94" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="99" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="118" />
        <source>Negative stock after sync: count the shelf</source>
        <translation>同步后库存为负，请盘点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="133" />
        <source>Select the goods first.</source>
        <translation>请先选择物品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="150" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="150" />
        <source>stock-report-{0}.pdf</source>
        <translation>库存月报表-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/goods_view.py" line="156" />
        <source>Saved {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="31" />
        <source>Points, time bank and love supermarket</source>
        <translation>积分 · 时间银行 · 爱心超市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="42" />
        <source>Balances</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="43" />
        <source>Love supermarket</source>
        <translation>爱心超市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="44" />
        <source>Rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="92" />
        <source>{0}: {1} balance {2} (overdrawn on two PCs while offline)</source>
        <translation>{0}：{1}余额 {2}（两台电脑离线时都兑换了，造成透支）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="95" />
        <source>{0}: stock {1} (issued on two PCs while offline)</source>
        <translation>{0}：库存 {1}（两台电脑离线时都兑出了）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/page.py" line="97" />
        <source>To settle:</source>
        <translation>需要站长处理：</translation>
    </message>
</context>
<context>
    <name>PointsPapers</name>
    <message>
        <location filename="../../desktop/printing/points_papers.py" line="24" />
        <source>This paper is not a table and cannot be saved as Excel; save it as PDF.</source>
        <translation>这份文书不是表格，不能导出为 Excel，请导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/points_papers.py" line="30" />
        <source>Cannot write “{path}”: it may be open in WPS/Excel or a PDF reader; close it and try again.</source>
        <translation>无法写入“{path}”：文件可能正在被 WPS/Excel 或 PDF 阅读器打开，请关闭后重试。</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="47" />
        <source>Redeem goods</source>
        <translation>爱心超市兑换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="52" />
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="52" />
        <source>Price</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="52" />
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="52" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="59" />
        <source>Confirm and print slip</source>
        <translation>确认兑换并打印兑换单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="61" />
        <source>Print slip...</source>
        <translation>打印兑换单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="64" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="72" />
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="88" />
        <source>{0}: {1} {2}</source>
        <translation>{0}：{1} {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="116" />
        <source>Total: {0}</source>
        <translation>合计：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="121" />
        <source>Find the volunteer first.</source>
        <translation>请先找到志愿者。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="124" />
        <source>Choose the goods and how many.</source>
        <translation>请选择要兑换的物品和数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="152" />
        <source>Slip {0} saved to {1}.</source>
        <translation>兑换单 {0} 已保存到 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/redeem.py" line="164" />
        <source>Sent the slip to the printer ({0} pages).</source>
        <translation>兑换单已发送到打印机（{0} 页）。</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="74" />
        <source>New local rule</source>
        <translation>新增本站规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="82" />
        <source>Any category</source>
        <translation>任何类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="94" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="95" />
        <source>Earns</source>
        <translation>获得方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="96" />
        <source>Amount *</source>
        <translation>分值 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="97" />
        <source>Activity category</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="98" />
        <source>Hours rounding</source>
        <translation>时长取整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="99" />
        <source>Active volunteer from (hours a year)</source>
        <translation>活跃志愿者标准（全年小时数）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="100" />
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="103" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="124" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="124" />
        <source>Rule</source>
        <translation>对应规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="124" />
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="124" />
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="125" />
        <source>Set by</source>
        <translation>制定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="131" />
        <source>Adopt county rule set</source>
        <translation>采用县级规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="133" />
        <source>New scheme...</source>
        <translation>新建积分项目…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="135" />
        <source>New local rule...</source>
        <translation>新增本站规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="138" />
        <source>new amount</source>
        <translation>新分值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="142" />
        <source>Change from date</source>
        <translation>从此日起调整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="144" />
        <source>Retire from date</source>
        <translation>从此日起停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="146" />
        <source>A change applies from its date on; points earned before it stay as they were.</source>
        <translation>规则调整从生效日期起执行，此前已获得的积分保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="149" />
        <source>County rule sets</source>
        <translation>县级规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="183" />
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="211" />
        <source>Adopted.</source>
        <translation>已采用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="220" />
        <source>Add a points scheme first.</source>
        <translation>请先新建积分项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="229" />
        <location filename="../../desktop/ui/points/rules_view.py" line="242" />
        <source>Select a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="237" />
        <source>Changed.</source>
        <translation>已调整。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="245" />
        <source>Retired.</source>
        <translation>已停用。</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="47" />
        <source>New points scheme</source>
        <translation>新建积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="49" />
        <source>e.g. 积分超市, 时间银行, 道德银行</source>
        <translation>例如 积分超市、时间银行、道德银行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="52" />
        <source>Show the balance at the sign-in desk</source>
        <translation>签到台显示余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="55" />
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="56" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="60" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/rules_view.py" line="60" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="32" />
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="36" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="36" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="36" />
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="36" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="37" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="37" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="37" />
        <source>Operator</source>
        <translation>经办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="43" />
        <source>Why the selected entry is void</source>
        <translation>作废所选记录的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="44" />
        <source>Void selected entry</source>
        <translation>作废所选记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="46" />
        <source>Statement (PDF)...</source>
        <translation>积分明细（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="47" />
        <source>Statement (Excel)...</source>
        <translation>积分明细（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="48" />
        <source>Passbook page (PDF)...</source>
        <translation>存折页（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="60" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="77" />
        <source>{0} · {1}: balance {2} {3}</source>
        <translation>{0} · {1}：余额 {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="95" />
        <source>Select an entry to void first.</source>
        <translation>请先选择要作废的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="111" />
        <source>points-statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="111" />
        <source>passbook</source>
        <translation>存折</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="113" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/statement.py" line="127" />
        <source>Saved {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="217" />
        <source>Give hours to a family member</source>
        <translation>时间银行：转赠给家人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="224" />
        <source>From *</source>
        <translation>转出 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="225" />
        <source>To *</source>
        <translation>转入（家人）*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="226" />
        <source>Scheme</source>
        <translation>积分项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="227" />
        <source>Amount *</source>
        <translation>分值 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="228" />
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="231" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="231" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="237" />
        <source>Choose both volunteers and the scheme.</source>
        <translation>请选择转出、转入的志愿者和积分项目。</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../../desktop/ui/points/dialogs.py" line="34" />
        <source>Volunteer: name, initials or phone</source>
        <translation>志愿者：姓名、首字母或电话</translation>
    </message>
</context>
</TS>