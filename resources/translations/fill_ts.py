"""Developer tool: fill translations into a Qt .ts file from a JSON map.

    pyside6-lupdate desktop/ui/foo.py -ts resources/translations/foo_zh_CN.ts
    python resources/translations/fill_ts.py resources/translations/foo_zh_CN.ts map.json

map.json is {"English source": "中文"}; sources missing from it are listed,
so nothing ships untranslated (tests/ui/test_translations.py checks too).
"""

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as handle:
        left = fill(sys.argv[1], json.load(handle))
    for source in left:
        print("untranslated:", source)
    sys.exit(1 if left else 0)
