<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sync.apply</name>
    <message>
        <source>a downloaded page of data cannot be read</source>
        <translation>下载的一页数据无法解析</translation>
    </message>
    <message>
        <source>cannot write to this PC&apos;s database ({error})</source>
        <translation>无法写入本机数据库（{error}）</translation>
    </message>
</context>
<context>
    <name>sync.blobs</name>
    <message>
        <source>A photo was damaged during the upload (the checksum does not match); the next sync uploads it again.</source>
        <translation>一张照片在上传中损坏（校验值不符），下次同步会重新上传。</translation>
    </message>
    <message>
        <source>The connection to the county broke off while uploading photos. What was uploaded is kept; the next sync carries on.</source>
        <translation>上传照片时与县中心的连接中断。已上传的部分会保留，下次同步接着传。</translation>
    </message>
    <message>
        <source>The photo id is wrong.</source>
        <translation>照片编号不对。</translation>
    </message>
    <message>
        <source>The downloaded photo is damaged (the checksum does not match); try again later.</source>
        <translation>下载的照片已损坏（校验值不符），请稍后重试。</translation>
    </message>
</context>
<context>
    <name>sync.check</name>
    <message>
        <source>{name} ({n} times running)</source>
        <translation>{name}（连续 {n} 次）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>These tables keep disagreeing with the county&apos;s data: {names}. The county was told.</source>
        <translation>这些表与县中心的数据核对后一直不一致：{names}。已报告县中心。</translation>
    </message>
</context>
<context>
    <name>sync.client</name>
    <message>
        <source>Sync cancelled. What was done is saved; the next sync carries on from there.</source>
        <translation>同步已取消。已经完成的部分已保存，下次同步会接着进行。</translation>
    </message>
    <message>
        <source>The county server has not answered for a long time; the network may be too slow or the server busy. Try again later; the data is saved on this PC.</source>
        <translation>县中心服务器长时间没有响应，可能网络太慢或服务器繁忙。请稍后再试，数据已保存在本机。</translation>
    </message>
    <message>
        <source>Cannot reach the county server ({url}). Check the network and the server address, and try again later. The data is saved on this PC and will not be lost.</source>
        <translation>无法连接县中心服务器（{url}）。请检查网络是否连通、服务器地址是否正确，稍后再试。数据已保存在本机，不会丢失。</translation>
    </message>
    <message>
        <source>The server address “{url}” is not right: it must start with http:// or https://, for example https://county.example.cn.</source>
        <translation>服务器地址“{url}”格式不对，应以 http:// 或 https:// 开头，例如 https://county.example.cn。</translation>
    </message>
    <message>
        <source>The county server&apos;s security certificate cannot be verified. If the county uses its own certificate, choose the certificate file (CA) in the sync settings; also check this PC&apos;s date.</source>
        <translation>无法验证县中心服务器的安全证书。如果县中心使用内部证书，请在同步设置里指定证书文件（CA）；也请检查本机日期是否正确。</translation>
    </message>
    <message>
        <source>Connecting to the county through the proxy server failed. Check this PC&apos;s proxy settings, or ask the network administrator.</source>
        <translation>通过代理服务器连接县中心失败。请检查本机的代理设置，或联系网络管理员。</translation>
    </message>
    <message>
        <source>The connection to the county server broke off during the transfer, so not everything arrived. Sync again later; nothing will be doubled or lost.</source>
        <translation>与县中心服务器的连接在传输中断开了，这次没有收全。请稍后再同步，数据不会重复也不会丢失。</translation>
    </message>
    <message>
        <source>The server address “{url}” is not right.</source>
        <translation>服务器地址“{url}”格式不对。</translation>
    </message>
    <message>
        <source>Talking to the county server failed ({error}). Try again later.</source>
        <translation>与县中心服务器通信出错（{error}）。请稍后再试。</translation>
    </message>
    <message>
        <source>The county does not accept this PC&apos;s sync credentials. Enrol this PC again with the code from the county centre.</source>
        <translation>县中心不认可本机的同步凭据。请用县中心发的注册码重新注册本机。</translation>
    </message>
    <message>
        <source>The county server refused the request: {message}</source>
        <translation>县中心服务器拒绝了请求：{message}</translation>
    </message>
    <message>
        <source>The county server had an internal error ({status}). Try again later; if it keeps happening, contact the county centre.</source>
        <translation>县中心服务器内部出错（{status}）。请稍后再试；如果一直出错，请联系县中心。</translation>
    </message>
    <message>
        <source>The county server gave an answer that is not understood ({status}). Check the server address.</source>
        <translation>县中心服务器返回了无法识别的回答（{status}）。请检查服务器地址是否正确。</translation>
    </message>
    <message>
        <source>What the county server sent is not understood. Check that the server address points to the county server.</source>
        <translation>县中心服务器返回的内容无法识别。请检查服务器地址是否指向县中心服务器。</translation>
    </message>
    <message>
        <source>The data from the county server is in the wrong form; the server&apos;s version may not match this software. Contact the county centre.</source>
        <translation>县中心服务器返回的数据格式不对，可能服务器版本与本软件不匹配。请联系县中心。</translation>
    </message>
</context>
<context>
    <name>sync.engine</name>
    <message>
        <source>This PC is not enrolled with the county server yet. Enrol it first with the code from the county centre (Sync → Enrol this PC).</source>
        <translation>本机还没有注册到县中心服务器。请先用县中心发的注册码注册（同步 → 注册本机）。</translation>
    </message>
    <message>
        <source>The station set up on this PC (id {ours}) is not the station of this code, “{name}” (id {theirs}). Ask the county to register this PC&apos;s station with `station add --station-id {ours}` and enrol again, or enrol on a freshly installed PC.</source>
        <translation>本机已建立的实践站（编号 {ours}）与这个注册码所属的实践站“{name}”（编号 {theirs}）不同。请县中心用 `station add --station-id {ours}` 登记本机的实践站后再注册，或在新装的电脑上注册。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is too far from the county&apos;s to upload. Correct the computer&apos;s date and time, then sync again.</source>
        <translation>本机时钟与县中心相差太大，无法上传。请把电脑的日期和时间改正后再同步。</translation>
    </message>
    <message>
        <source>{n:.1f} days</source>
        <translation>{n:.1f} 天</translation>
    </message>
    <message>
        <source>{n:.1f} hours</source>
        <translation>{n:.1f} 小时</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is about {amount} ahead of the county&apos;s. Sync is not affected, but correct the computer&apos;s date and time so that records get the right time.</source>
        <translation>本机时钟比县中心快约 {amount}。同步不受影响，但请把电脑的日期和时间改正，以免记录的时间不对。</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is about {amount} behind the county&apos;s. Sync is not affected, but correct the computer&apos;s date and time so that records get the right time.</source>
        <translation>本机时钟比县中心慢约 {amount}。同步不受影响，但请把电脑的日期和时间改正，以免记录的时间不对。</translation>
    </message>
</context>
<context>
    <name>sync.protocol</name>
    <message>
        <source>This version of Station Desk is too old; the county server no longer supports it. Update Station Desk to the latest version, then sync.</source>
        <translation>实践站工作台的版本太旧，县中心服务器已不再支持。请先更新实践站工作台到最新版本，再进行同步。</translation>
    </message>
    <message>
        <source>not a valid id (1 to 36 letters, digits or -)</source>
        <translation>不是有效的编号（1 到 36 位字母、数字或 -）</translation>
    </message>
    <message>
        <source>not a valid table name</source>
        <translation>不是有效的表名</translation>
    </message>
    <message>
        <source>an entry changes 1 to 200 fields</source>
        <translation>每条数据改 1 到 200 个字段</translation>
    </message>
    <message>
        <source>the field name {name} is wrong</source>
        <translation>字段名 {name} 不对</translation>
    </message>
    <message>
        <source>a field&apos;s value can only be a simple value</source>
        <translation>字段的值只能是简单值</translation>
    </message>
    <message>
        <source>malformed stamp (16 digits-4 lower-case hex digits-site id, ASCII only)</source>
        <translation>时间戳格式不对（应为 16 位数字-4 位小写十六进制-站点编号，只用 ASCII 字符）</translation>
    </message>
    <message>
        <source>wrong site id</source>
        <translation>站点编号不对</translation>
    </message>
</context>
<context>
    <name>sync.quarantine</name>
    <message>
        <source>not an entry</source>
        <translation>不是一条数据</translation>
    </message>
    <message>
        <source>{key} is not a valid id</source>
        <translation>{key} 不是有效的编号</translation>
    </message>
    <message>
        <source>the server sequence number is missing</source>
        <translation>缺少服务器序号</translation>
    </message>
    <message>
        <source>belongs to another station</source>
        <translation>属于另一个实践站</translation>
    </message>
    <message>
        <source>malformed stamp</source>
        <translation>时间戳格式不对</translation>
    </message>
    <message>
        <source>wrong site id</source>
        <translation>站点编号不对</translation>
    </message>
    <message>
        <source>the actor is not text</source>
        <translation>操作人不是文字</translation>
    </message>
    <message>
        <source>{n} entries have problems and were quarantined</source>
        <translation>{n} 条数据有问题，已隔离</translation>
    </message>
</context>
<context>
    <name>sync.releases</name>
    <message>
        <source>The version “{text}” is malformed; it must be numbers like 0.2.0.</source>
        <translation>版本号“{text}”格式不对，应为 0.2.0 这样的数字。</translation>
    </message>
    <message>
        <source>The downloaded installer is incomplete or damaged (the checksum differs) and was refused. Download it again.</source>
        <translation>下载的安装程序不完整或已损坏（校验值不符），已拒绝使用。请重新下载。</translation>
    </message>
    <message>
        <source>This installer has no signature and was refused. Ask the county for the released installer.</source>
        <translation>这个安装程序没有签名，已拒绝使用。请向县中心索取正式发布的安装程序。</translation>
    </message>
    <message>
        <source>The installer&apos;s signature is malformed and was refused.</source>
        <translation>安装程序的签名格式不对，已拒绝使用。</translation>
    </message>
    <message>
        <source>The installer&apos;s signature is wrong (not a released version, or changed) and was refused.</source>
        <translation>安装程序的签名不对（不是正式发布的版本，或已被改动），已拒绝使用。</translation>
    </message>
</context>
<context>
    <name>sync.request_state</name>
    <message>
        <source>An action by someone whose turn it was not</source>
        <translation>不在其职的操作</translation>
    </message>
    <message>
        <source>Two teams accepted; the station head picks one</source>
        <translation>两支队伍都接了单，请站长选定一支</translation>
    </message>
    <message>
        <source>A dispatch or decline arrived after it was done; it stays done</source>
        <translation>已完成后收到的派单或退单，单子仍为已完成</translation>
    </message>
    <message>
        <source>Cancelled during the service; the service record is kept</source>
        <translation>服务中被取消，服务记录保留</translation>
    </message>
    <message>
        <source>An action that does not fit the request&apos;s present state</source>
        <translation>与单子当前状态不符的操作</translation>
    </message>
    <message>
        <source>A rating entered before the request was done</source>
        <translation>单子尚未完成时录入的评价</translation>
    </message>
</context>
<context>
    <name>sync.schema</name>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>an id (1 to 36 letters, digits or -)</source>
        <translation>编号（1 到 36 位字母、数字或 -）</translation>
    </message>
    <message>
        <source>an integer in the 64-bit range</source>
        <translation>64 位范围内的整数</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>有限的数值</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an ISO date and time without time zone (years 1900–2999)</source>
        <translation>不带时区的 ISO 日期时间（1900–2999 年）</translation>
    </message>
    <message>
        <source>an ISO date YYYY-MM-DD (years 1900–2999)</source>
        <translation>ISO 日期 YYYY-MM-DD（1900–2999 年）</translation>
    </message>
    <message>
        <source>a simple value (text, number, true/false or empty)</source>
        <translation>简单值（文字、数值、true/false 或空）</translation>
    </message>
    <message>
        <source>, at most {n} characters</source>
        <translation>，最长 {n} 个字</translation>
    </message>
    <message>
        <source>, not empty</source>
        <translation>，不能为空</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation>整数超出 64 位范围</translation>
    </message>
    <message>
        <source>number not finite (NaN or infinity)</source>
        <translation>数值不是有限数（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>only a simple value (text, number, true/false or empty)</source>
        <translation>只能是简单值（文字、数值、true/false 或空）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>应为数值</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation>应为{kind}</translation>
    </message>
    <message>
        <source>not a valid id</source>
        <translation>不是有效的编号</translation>
    </message>
    <message>
        <source>text too long ({n} characters, the limit is {limit})</source>
        <translation>文字太长（{n} 个字，上限 {limit}）</translation>
    </message>
    <message>
        <source>contains invalid Unicode characters</source>
        <translation>含有无效的 Unicode 字符</translation>
    </message>
    <message>
        <source>contains a null character (\u0000)</source>
        <translation>含有空字符（\u0000）</translation>
    </message>
    <message>
        <source>not an ISO date and time</source>
        <translation>不是 ISO 格式的日期时间</translation>
    </message>
    <message>
        <source>a date and time may not carry a time zone</source>
        <translation>日期时间不能带时区</translation>
    </message>
    <message>
        <source>year outside {low}–{high}</source>
        <translation>年份超出 {low}–{high}</translation>
    </message>
    <message>
        <source>not an ISO date</source>
        <translation>不是 ISO 格式的日期</translation>
    </message>
    <message>
        <source>table {entity} field {field}</source>
        <translation>表 {entity} 的字段 {field}</translation>
    </message>
    <message>
        <source>table {entity}</source>
        <translation>表 {entity}</translation>
    </message>
    <message>
        <source>{where}: {broken} (rule: {rule})</source>
        <translation>{where}：{broken}（规则：{rule}）</translation>
    </message>
    <message>
        <source>a table name is lower-case letters, digits and underscores</source>
        <translation>表名为小写字母、数字和下划线</translation>
    </message>
    <message>
        <source>not a valid table name</source>
        <translation>不是有效的表名</translation>
    </message>
    <message>
        <source>an entry changes 1 to {n} fields</source>
        <translation>每条数据改 1 到 {n} 个字段</translation>
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation>字段数目不对</translation>
    </message>
    <message>
        <source>a field name is lower-case letters, digits and underscores</source>
        <translation>字段名为小写字母、数字和下划线</translation>
    </message>
    <message>
        <source>not a valid field name</source>
        <translation>不是有效的字段名</translation>
    </message>
    <message>
        <source>bookkeeping fields are not synced</source>
        <translation>记账字段不随数据同步</translation>
    </message>
    <message>
        <source>must not appear in synced data</source>
        <translation>不应出现在同步数据中</translation>
    </message>
    <message>
        <source>an entry is at most {n} KB</source>
        <translation>一条数据最多 {n} KB</translation>
    </message>
    <message>
        <source>data too large ({n} KB)</source>
        <translation>数据太大（{n} KB）</translation>
    </message>
</context>
</TS>
