<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <source> (built {date})</source>
        <translation>（构建于 {date}）</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>The newest good backup is {name}; restore it (“Settings → Backup and restore”, or the command restore {path}).</source>
        <translation>最新的完好备份是 {name}，可以用它恢复（“设置 → 备份与恢复”，或命令 restore {path}）。</translation>
    </message>
    <message>
        <source>No good backup was found; on a PC enrolled at the county, rebuild the station from the county (the command restore --from-county); unsent changes that can still be read are kept.</source>
        <translation>没有找到完好的备份；已在县中心登记的电脑可以从县中心重建本站数据（命令 restore --from-county），还能读出的未上传修改会保留。</translation>
    </message>
    <message>
        <source>The data file {name} {what} and cannot be opened. {hint}</source>
        <translation>数据文件 {name} {what}，不能打开。{hint}</translation>
    </message>
    <message>
        <source>This data file ({path}) was made by a newer Station Desk (database version {version}); this one cannot open it without risking damage. Update this software to the latest version, then open it.</source>
        <translation>这个数据文件（{path}）由更新版本的实践站工作台创建（数据库版本 {version}），当前软件无法打开，以免损坏数据。请把本软件升级到最新版本后再打开。</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}. Choose a folder that can be written to.</source>
        <translation>无法创建数据文件夹 {path}：{error}。请换一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>是空的（0 字节）</translation>
    </message>
    <message>
        <source>is damaged or not a data file of this program</source>
        <translation>已损坏或不是本软件的数据文件</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>cannot be opened with this key (it may be damaged)</source>
        <translation>无法用这个密钥打开（可能已损坏）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Sign in first: give the password with STATION_DESK_PASSWORD or --password-stdin (the account with --user; the station head by default).</source>
        <translation>需要登录：请用环境变量 STATION_DESK_PASSWORD 或 --password-stdin 提供密码（账号用 --user 指定，默认为站长）。</translation>
    </message>
    <message>
        <source>The disk is full, nothing could be saved. Free some disk space (for example delete files you do not need) and try again; data already saved is not affected.</source>
        <translation>磁盘已满，无法保存。请清理磁盘空间（例如删除不用的文件）后重试，已保存的数据不受影响。</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check that the disk or USB drive is connected properly, then try again.</source>
        <translation>读写磁盘出错。请检查磁盘或U盘是否正常连接，然后重试。</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close any other Station Desk window and try again.</source>
        <translation>数据库正被另一个程序占用。请关闭其他正在运行的实践站工作台窗口后重试。</translation>
    </message>
    <message>
        <source>The data file is read-only and cannot be saved. Check the permissions of the data folder.</source>
        <translation>数据文件是只读的，无法保存。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The data file cannot be opened. Check that the data folder exists and can be written to.</source>
        <translation>无法打开数据文件。请检查数据文件夹是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Station Desk data file. Restore it from a backup (the backups folder in the data folder), or contact the county centre.</source>
        <translation>数据文件已损坏或不是本软件的数据文件。请从备份恢复（数据文件夹中的 backups 目录），或联系县中心。</translation>
    </message>
    <message>
        <source>The data file is damaged. Restore it from a backup (the backups folder in the data folder), or contact the county centre.</source>
        <translation>数据文件已损坏。请从备份恢复（数据文件夹中的 backups 目录），或联系县中心。</translation>
    </message>
</context>
<context>
    <name>models.requests</name>
    <message>
        <source>In person</source>
        <translation>来站</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>The end date cannot be earlier than the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>{first:%Y-%m-%d} to {last:%Y-%m-%d}</source>
        <translation>{first:%Y年%m月%d日}至{last:%Y年%m月%d日}</translation>
    </message>
    <message>
        <source>The month “{text}” is not in the right form; write it like “2026-03”.</source>
        <translation>月份“{text}”格式不对，请写成“2026-03”。</translation>
    </message>
    <message>
        <source>The year “{text}” is not in the right form; write it like “2026”.</source>
        <translation>年份“{text}”格式不对，请写成“2026”。</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>validators</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>Excel turned the ID number “{text}” into scientific notation and its last digits are lost. Set the column to “Text” in Excel and type the full number again.</source>
        <translation>身份证号“{text}”被 Excel 转成了科学计数法，后几位已丢失。请在 Excel 中把该列设为“文本”格式并重新输入完整号码。</translation>
    </message>
    <message>
        <source>The ID number “{text}” must have 18 characters (the last may be X); it has {n}. Check it and type it again.</source>
        <translation>身份证号“{text}”应为 18 位（最后一位可以是 X），现在是 {n} 位。请核对后重新输入。</translation>
    </message>
    <message>
        <source>The first two digits of the ID number “{text}” (the province code) do not exist; please check.</source>
        <translation>身份证号“{text}”的前两位（省份代码）不存在，请核对。</translation>
    </message>
    <message>
        <source>The date of birth {born} in the ID number “{text}” is not a valid date; please check.</source>
        <translation>身份证号“{text}”中的出生日期 {born} 不是有效日期，请核对。</translation>
    </message>
    <message>
        <source>The date of birth {born} in the ID number “{text}” is not plausible; please check.</source>
        <translation>身份证号“{text}”中的出生日期 {born} 不合理，请核对。</translation>
    </message>
    <message>
        <source>The check digit of the ID number “{text}” is wrong (the last one should be {expected}); a digit may be mistyped, please check.</source>
        <translation>身份证号“{text}”校验位不对（最后一位应为 {expected}），可能有数字输错，请核对。</translation>
    </message>
    <message>
        <source>Excel turned the phone number “{text}” into scientific notation; set the column to text and type it again.</source>
        <translation>电话号码“{text}”被 Excel 转成了科学计数法，请把该列设为文本后重新输入。</translation>
    </message>
    <message>
        <source>The phone number “{text}” is not right: a mobile number has 11 digits starting with 1; write a landline as “area code-number”.</source>
        <translation>电话号码“{text}”格式不对：手机号应为 1 开头的 11 位数字，座机请写成“区号-号码”。</translation>
    </message>
    <message>
        <source>The political status “{text}” is not recognised; write one of: {choices}.</source>
        <translation>政治面貌“{text}”无法识别，请填写：{choices}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The gender “{text}” is not recognised; write “男” (male) or “女” (female).</source>
        <translation>性别“{text}”无法识别，请填写“男”或“女”。</translation>
    </message>
</context>
</TS>
