import sys


def main() -> int:
    print("县中心服务器尚未实现（见同步功能）。", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
