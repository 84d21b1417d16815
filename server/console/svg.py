"""Small trend charts drawn on the server as inline SVG (no chart library, no CDN:
a 12-point polyline with its last value is all a bulletin needs; Jinja escapes nothing
here because every value is a number we format ourselves)."""

from __future__ import annotations

from markupsafe import Markup


def sparkline(values: list[float], width: int = 160, height: int = 36, label: str = "") -> Markup:
    if not values:
        return Markup("")
    top = max(values) or 1.0
    step = (width - 8) / max(1, len(values) - 1)
    points = " ".join(f"{4 + i * step:.1f},{height - 4 - (v / top) * (height - 12):.1f}" for i, v in enumerate(values))
    last_x, last_y = 4 + (len(values) - 1) * step, height - 4 - (values[-1] / top) * (height - 12)
    title = f"<title>{Markup.escape(label)}</title>" if label else ""
    return Markup(
        f'<svg class="spark" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{title}'
        f'<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="{points}"/>'
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="3" fill="#c0392b"/></svg>')


def bars(pairs: list[tuple[str, float]], width: int = 520, bar_height: int = 18) -> Markup:
    """A horizontal bar chart of (label, value) pairs."""
    if not pairs:
        return Markup("")
    top = max(v for _l, v in pairs) or 1.0
    height = bar_height * len(pairs) + 4
    rows = []
    for i, (label, value) in enumerate(pairs):
        y = 2 + i * bar_height
        w = (width - 200) * value / top
        rows.append(f'<text x="0" y="{y + 13}" font-size="12">{Markup.escape(label)}</text>'
                    f'<rect x="150" y="{y + 3}" width="{w:.1f}" height="{bar_height - 6}" fill="#1f5fa8"/>'
                    f'<text x="{155 + w:.1f}" y="{y + 13}" font-size="12">{value:g}</text>')
    return Markup(f'<svg class="bars" role="img" width="{width}" height="{height}" '
                  f'viewBox="0 0 {width} {height}">{"".join(rows)}</svg>')
