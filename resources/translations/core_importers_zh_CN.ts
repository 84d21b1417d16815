<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>importers.headers</name>
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
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>importers.report</name>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Imported, please check</source>
        <translation>已导入，请核对</translation>
    </message>
    <message>
        <source>On the roster already, skipped</source>
        <translation>已在台账，跳过</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Imported file: {source}</source>
        <translation>导入文件：{source}</translation>
    </message>
    <message>
        <source>“{name}” cannot be written: it may be open in Excel/WPS, or the folder is not writable. Close it and try again.</source>
        <translation>无法写入“{name}”：文件可能正在 Excel/WPS 中打开，或没有写入权限。请关闭后重试。</translation>
    </message>
    <message>
        <source>Cannot save the report to “{path}”: {error}. Choose another place.</source>
        <translation>无法保存报告到“{path}”：{error}。请换一个位置。</translation>
    </message>
</context>
<context>
    <name>importers.table</name>
    <message>
        <source>The Excel file “{name}” cannot be read: it may be damaged, or not in .xlsx format. Open it in Excel/WPS, save it as .xlsx and try again. ({error})</source>
        <translation>无法读取 Excel 文件“{name}”：文件可能已损坏，或不是 .xlsx 格式。请用 Excel/WPS 打开后另存为 .xlsx 再试。（{error}）</translation>
    </message>
    <message>
        <source>The Excel file “{name}” cannot be read ({error}). Open it in Excel/WPS, save it as .xlsx and try again.</source>
        <translation>无法读取 Excel 文件“{name}”（{error}）。请用 Excel/WPS 打开后另存为 .xlsx 再试。</translation>
    </message>
    <message>
        <source>The encoding of the CSV file is not recognised (neither UTF-8 nor GBK). Open it in Excel/WPS, save it as .xlsx and try again.</source>
        <translation>CSV 文件的编码无法识别（既不是 UTF-8 也不是 GBK）。请用 Excel/WPS 打开后另存为 .xlsx 再试。</translation>
    </message>
    <message>
        <source>The file “{path}” was not found. Check the name and the folder.</source>
        <translation>找不到文件“{path}”。请检查文件名和位置。</translation>
    </message>
    <message>
        <source>The file “{name}” is in use by another program or cannot be read. Close it in Excel/WPS first and try again.</source>
        <translation>文件“{name}”正被其他程序占用或没有读取权限。请先在 Excel/WPS 中关闭它再试。</translation>
    </message>
    <message>
        <source>Files of the type “{suffix}” are not supported. Choose an .xlsx, .xls or .csv file.</source>
        <translation>不支持“{suffix}”格式的文件。请选择 .xlsx、.xls 或 .csv 文件。</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
</context>
<context>
    <name>importers.volunteers</name>
    <message>
        <source>Import cancelled; the roster was not changed.</source>
        <translation>已取消导入，台账没有任何改动。</translation>
    </message>
    <message>
        <source>The file “{name}” is empty; there is nothing to import.</source>
        <translation>文件“{name}”是空的，没有可导入的内容。</translation>
    </message>
    <message>
        <source>No header row was found in the first 20 rows of “{name}” (it needs a “Name” column and one more, such as “ID number” or “Phone”). Check that this is the right file, or choose the header row in the wizard.</source>
        <translation>在“{name}”的前 20 行里没有找到表头（至少要有“姓名”列和另一列，如“身份证号”“联系电话”）。请检查是否选错了文件，或在向导中手动指定表头所在行。</translation>
    </message>
    <message>
        <source>The header row must be between 1 and {n}.</source>
        <translation>表头行号应在 1 到 {n} 之间。</translation>
    </message>
    <message>
        <source>Imported with this field left empty; fill it in on the roster</source>
        <translation>已导入，此项留空；请在名册中补填</translation>
    </message>
    <message>
        <source>Excel stored the ID number as a number ({shown}); its last digits are lost</source>
        <translation>身份证号被 Excel 存成了数字（{shown}），后几位已经丢失</translation>
    </message>
    <message>
        <source>Correct it and import again (rows already imported are not added twice)</source>
        <translation>改正后重新导入（已导入的行不会重复添加）</translation>
    </message>
    <message>
        <source>The name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>Add the name, or delete the row</source>
        <translation>补上姓名，或删除这一行</translation>
    </message>
    <message>
        <source>Imported without the ID number; type the full number on the roster (in Excel, set the column to “Text”)</source>
        <translation>已导入，身份证号留空；请在名册中补填完整号码（在 Excel 中把该列设为“文本”）</translation>
    </message>
    <message>
        <source>Imported with the gender the ID number gives; check the gender or the ID number</source>
        <translation>已导入，性别按身份证号填写；请核对性别或身份证号</translation>
    </message>
    <message>
        <source>No column has been chosen as “Name” yet. Choose the name column in the column mapping.</source>
        <translation>还没有指定哪一列是“姓名”。请在列对应中选择姓名列。</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>第{n}列</translation>
    </message>
    <message>
        <source>The same person as row {first} ({name})</source>
        <translation>与第 {first} 行是同一个人（{name}）</translation>
    </message>
    <message>
        <source>Delete the duplicate row; this row was not imported</source>
        <translation>删除重复的一行；本行没有导入</translation>
    </message>
    <message>
        <source>“{name}” is on the roster already; row skipped</source>
        <translation>“{name}”已在台账中，本行跳过</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>The roster already has someone called “{name}”</source>
        <translation>台账中已有同名的“{name}”</translation>
    </message>
    <message>
        <source>Imported; if it is the same person, merge the two records in the roster</source>
        <translation>已导入；如是同一人，请在名册中合并两条记录</translation>
    </message>
    <message>
        <source>There is no team called “{team}”</source>
        <translation>没有名为“{team}”的队伍</translation>
    </message>
    <message>
        <source>Imported but not added to that team; create it under “Teams” first, then set it in the roster</source>
        <translation>已导入但未加入该队伍；请先在“队伍”中建立，再到名册中设置</translation>
    </message>
</context>
</TS>
