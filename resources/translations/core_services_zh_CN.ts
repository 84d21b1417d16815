<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>services.volunteers</name>
    <message>
        <source>{label} “{value}” is not a valid date; write it like 2024-03-01.</source>
        <translation>{label}“{value}”不是有效日期，请写成 2024-03-01 这样的格式。</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>未知字段“{key}”。</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>The name is too long (at most 50 characters).</source>
        <translation>姓名太长（最多 50 个字）。</translation>
    </message>
    <message>
        <source>The gender given is “{given}” but the ID number says “{card}”; please check.</source>
        <translation>性别填的是“{given}”，但身份证号显示为“{card}”，请核对。</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入队日期</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>The volunteer “{name}” with an ID number ending in {last4} is already on the roster and cannot be registered twice.</source>
        <translation>身份证号 {last4} 结尾的志愿者“{name}”已在台账中，不能重复登记。</translation>
    </message>
    <message>
        <source>A volunteer with the same name and phone, “{name}” ({phone}), is already on the roster and cannot be registered twice.</source>
        <translation>已有同名同电话的志愿者“{name}”（{phone}），不能重复登记。</translation>
    </message>
    <message>
        <source>No volunteer with the id “{id}”. The volunteer list shows the ids.</source>
        <translation>找不到编号为“{id}”的志愿者。可用“志愿者列表”查看编号。</translation>
    </message>
    <message>
        <source>Please give the reason for leaving, for example “working away”, “health” or “own request”.</source>
        <translation>请填写退出原因，例如“外出务工”“身体原因”“本人申请”。</translation>
    </message>
    <message>
        <source>“{name}” has already left.</source>
        <translation>“{name}”已经是退出状态了。</translation>
    </message>
    <message>
        <source>“{name}” is on the roster already; nothing to restore.</source>
        <translation>“{name}”本来就在册，无需恢复。</translation>
    </message>
</context>
</TS>
