<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>errors</name>
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
    <name>progress</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
</TS>
