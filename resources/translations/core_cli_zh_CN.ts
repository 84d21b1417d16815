<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
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
</context>
</TS>
