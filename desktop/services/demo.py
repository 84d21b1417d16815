"""Realistic Chinese demo data: names, teams, two years of activities with sign-ins.

For trying the app and for the benchmarks. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlmodel import select

from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models import Activity, SignIn, Team, new_id
from desktop.models.activities import CATEGORIES
from desktop.services.activities import signin_id
from desktop.services.volunteers import bulk_add_volunteers
from desktop.sync.journal import bulk_insert
from desktop.validators import check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰志强文学春梅海燕红梅德胜永福金凤淑珍桂花国庆福生德明秀珍玉珍秀云"
REGIONS = ("610721", "610722", "610723", "140402", "140421", "360982", "320583", "140411")  # Hanzhong, Changzhi, Zhangshu, Kunshan
PLACES = ("村新时代文明实践站", "村委会议室", "村文化广场", "村农家书屋", "村卫生室", "村小学", "党群服务中心", "村道两侧")
TITLES = {
    "学习实践科学理论": ("党的二十大精神宣讲", "理论学习读书会", "“板凳课堂”学理论", "党史故事分享会"),
    "宣传宣讲党的政策": ("惠农政策解读", "乡村振兴政策宣讲", "医保政策进村入户", "防范电信诈骗宣传"),
    "培育践行主流价值": ("“好婆婆好媳妇”评选", "道德模范事迹分享", "文明家庭表彰", "关爱留守儿童"),
    "丰富活跃文化生活": ("广场舞展演", "戏曲进乡村", "农民丰收节文艺汇演", "书法进万家写春联"),
    "持续深入移风易俗": ("红白喜事简办倡议", "人居环境整治", "垃圾分类入户宣传", "移风易俗文明新风"),
}
TAGS = ("五老人员", "退役军人", "返乡大学生", "乡贤", "", "", "", "", "", "")
POLITICAL = ("中共党员",) * 3 + ("共青团员",) + ("群众",) * 6

def _id_card(rng: random.Random, born: date, female: bool) -> str:
    seq = rng.randrange(0, 50) * 2 + (0 if female else 1)
    first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randrange(10, 99)}{seq % 10}"
    return first17 + check_digit(first17)

def volunteer_rows(n: int, seed: int = 1, today: date | None = None) -> list[dict]:
    rng = random.Random(seed)
    today = today or date.today()
    rows, seen_cards = [], set()
    for _ in range(n):
        female = rng.random() < 0.55
        born = today - timedelta(days=rng.randrange(18 * 365, 78 * 365))
        card = _id_card(rng, born, female)
        while card in seen_cards:
            card = _id_card(rng, born, female)
        seen_cards.add(card)
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        rows.append({
            "name": rng.choice(SURNAMES) + given,
            "gender": "女" if female else "男",
            "id_card": card,
            "birth_date": born,
            "phone": f"1{rng.choice('3578')}{rng.randrange(0, 10)}{rng.randrange(10**7, 10**8)}",
            "political_status": rng.choice(POLITICAL),
            "tags": rng.choice(TAGS),
            "join_date": today - timedelta(days=rng.randrange(0, 5 * 365)),
        })
    return rows

def generate(db: Database, *, volunteers: int, activities: int, seed: int = 1, signins_per_activity: int | None = None,
             progress: Callable[[str, int, int], bool | None] | None = None, actor: str = "演示数据") -> dict[str, int]:
    """Add demo volunteers, activities over the last two years, and sign-ins."""
    if db.station_id is None:
        raise UserError(translate("services.demo", "Set up the station first (init), then make the demo data."))
    rng = random.Random(seed)
    with db.read() as session:
        teams = [t.id for t in session.exec(select(Team).where(Team.deleted_at.is_(None)))]
    rows = volunteer_rows(volunteers, seed)
    memberships = [[rng.choice(teams)] if teams else [] for _ in rows]

    def vol_progress(done, total):
        return progress("volunteers", done, total) if progress else None

    volunteer_ids = bulk_add_volunteers(db, rows, actor=actor, memberships=memberships, progress=vol_progress)
    now = datetime.now().replace(second=0, microsecond=0)
    signins = 0
    batch = 200
    for start in range(0, activities, batch):
        activity_rows, signin_rows = [], []
        for _ in range(min(batch, activities - start)):
            category = rng.choice(CATEGORIES)
            begin = (now - timedelta(days=rng.randrange(0, 730))).replace(hour=rng.choice((8, 9, 14, 15, 19)), minute=rng.choice((0, 30)))
            hours = rng.choice((1, 1.5, 2, 2, 3, 4))
            end = begin + timedelta(hours=hours)
            activity = {
                "title": rng.choice(TITLES[category]), "category": category,
                "theory_lecture": category in CATEGORIES[:2] and rng.random() < 0.6,
                "team_id": rng.choice(teams) if teams else None,
                "place": rng.choice(PLACES), "start_at": begin, "end_at": end,
                "content": f"组织志愿者开展{rng.choice(TITLES[category])}活动，向群众宣传讲解。",
                "residents_reached": rng.randrange(10, 120),
                "status": "recorded" if end < now else "planned",
            }

            activity["id"] = new_id()
            activity_rows.append(activity)
            if volunteer_ids and end < now:
                count = signins_per_activity if signins_per_activity is not None else rng.randrange(3, 25)
                for vid in rng.sample(volunteer_ids, min(count, len(volunteer_ids))):
                    late = timedelta(minutes=rng.randrange(-15, 10))
                    early = timedelta(minutes=rng.randrange(-10, 15))
                    for kind, at in (("in", begin + late), ("out", end - early)):
                        signin_rows.append({"id": signin_id(activity["id"], vid, kind), "activity_id": activity["id"],
                                            "volunteer_id": vid, "kind": kind, "at": at, "source": "kiosk",
                                            "operator": actor})
        with db.session(actor) as session:
            bulk_insert(session, Activity, activity_rows)
            bulk_insert(session, SignIn, signin_rows)
        signins += len(signin_rows)
        if progress and progress("activities", min(start + batch, activities), activities) is False:
            break
    return {"volunteers": len(volunteer_ids), "activities": activities, "signins": signins}

__all__ = ["generate", "volunteer_rows", "Activity"]


def add_photos(db: Database, per_activity: int, *, days: int = 366, seed: int = 1,
               progress: Callable[[str, int, int], bool | None] | None = None, actor: str = "演示数据") -> int:
    """Give each held or recorded activity of the last `days` days `per_activity` photos (made-up
    pictures, 1600x1200, each one different), imported as a station head would. Returns how many."""
    import tempfile
    from pathlib import Path

    from PIL import Image, ImageDraw

    from desktop.services.photos import import_photos

    rng = random.Random(seed)
    since = datetime.now() - timedelta(days=days)
    with db.read() as session:
        acts = list(session.exec(select(Activity).where(Activity.deleted_at.is_(None), Activity.start_at >= since,
                                                        Activity.status.in_(("held", "recorded")))
                                 .order_by(Activity.start_at)))
    added = 0
    with tempfile.TemporaryDirectory(prefix="demo-photos-") as tmp:
        for index, act in enumerate(acts):
            files = []
            for n in range(per_activity):
                sky = tuple(rng.randrange(90, 230) for _ in range(3))
                image = Image.new("RGB", (1600, 1200), sky)
                draw = ImageDraw.Draw(image)
                draw.rectangle((0, 700, 1600, 1200), fill=tuple(rng.randrange(40, 160) for _ in range(3)))
                for _ in range(40):  # people, trees, banners: enough detail for a realistic JPEG size
                    x, y = rng.randrange(0, 1600), rng.randrange(300, 1150)
                    r = rng.randrange(15, 120)
                    draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(0, 256) for _ in range(3)))
                noise = Image.effect_noise((1600, 1200), 24).convert("RGB")
                image = Image.blend(image, noise, 0.12)
                path = Path(tmp) / f"IMG_{index:04d}_{n + 1}.jpg"
                image.save(path, "JPEG", quality=88)
                files.append(path)
            added += len(import_photos(db, act.id, files, actor=actor).added)
            for path in files:
                path.unlink()
            if progress and progress("photos", index + 1, len(acts)) is False:
                break
    return added
