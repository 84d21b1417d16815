"""A register-like paper of any length, for the tests of long papers (preview, count, PDF, print)."""

from desktop.reports.base import HtmlDoc


def register_like(count: int) -> HtmlDoc:
    """One small table per volunteer (志愿者00000, 志愿者00001, ...), some taller than others, each kept whole
    on a page as the real register's are, and the closing line after them."""
    blocks = []
    for n in range(count):
        rows = "".join(f"<tr><td>{n}-{r}</td><td>服务内容{r}</td><td>2</td></tr>" for r in range(1 + n % 7))
        blocks.append(f"<p style='margin: 4px 0 0 0;'></p><table border='1' width='100%'><thead><tr>"
                      f"<td colspan='3'>志愿者{n:05d}</td></tr><tr><th>日期</th><th>内容</th><th>时长</th></tr>"
                      f"</thead><tbody>{rows}</tbody></table>")
    return HtmlDoc(f"<html><head><style>td {{ padding: 2px; }}</style></head><body><h1>登记簿</h1>"
                   f"{''.join(blocks)}<p>以上共 {count} 人</p></body></html>", title="登记簿", keep_tables=True,
                   continued="（续）")
