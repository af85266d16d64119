"""The references extractor on real sentences of the genre: expected fields, and what must not be found.

Each row is one sentence and the references expected in it, in order, as dicts of the fields that
matter (a field left out is not checked; `None` means it must be empty). Sentences are taken from, or
written after, real public Party and state documents and news of the genre.
"""
from __future__ import annotations

import time

import pytest

import tuyengiao
from tuyengiao.pipeline import Context
from tuyengiao.layout import read_layout
from tuyengiao.references import extract
from tuyengiao.text import SourceText

from conftest import dev_texts


def refs(text: str):
    return tuyengiao.parse(text).references


def check(found, expected: list[dict]) -> None:
    got = [{k: getattr(r, k) for k in exp} for r, exp in zip(found, expected)]
    assert got == expected, [
        {k: v for k, v in vars(r).items() if v not in (None, False) and k not in ("full_span",)} for r in found
    ]
    assert len(found) == len(expected), [r.text for r in found]


PARTY = [
    (
        "Triển khai thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        [dict(kind="directive", number="05", symbol="05-CT/TW", issued_on="2016-05-15", issuer="Bộ Chính trị",
              subject="về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")],
    ),
    (
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
        "đổi mới sáng tạo và chuyển đổi số quốc gia.",
        [dict(kind="resolution", symbol="57-NQ/TW", issued_on="2024-12-22", issuer="Bộ Chính trị",
              subject="về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
    ),
    (
        "Quán triệt Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới và nâng cao chất "
        "lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội”.",
        [dict(kind="conclusion", symbol="100-KL/TW", text="Kết luận số 100 - KL/TW", issued_on="2014-08-18",
              issuer="Ban Bí thư",
              subject="về việc đổi mới và nâng cao chất lượng công tác điều tra, nắm bắt, nghiên cứu dư luận xã hội")],
    ),
    (
        "Bộ Chính trị đã ban hành Nghị quyết số 02-NQ/TW ngày 12-6-2021 về \"Đổi mới tổ chức và hoạt động của "
        "Công đoàn Việt Nam trong tình hình mới\".",
        [dict(kind="resolution", symbol="02-NQ/TW", issued_on="2021-06-12", issuer="Bộ Chính trị",
              subject="Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới")],
    ),
    (
        "Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về việc kiểm soát quyền lực trong công tác cán "
        "bộ và chống chạy chức, chạy quyền.",
        [dict(kind="regulation", symbol="205-QĐ/TW", issued_on="2019-09-23", issuer="Bộ Chính trị")],
    ),
    (
        "Thực hiện Quy định số 08-QĐi/TW, Kế hoạch số 101-KH/TU, Công văn số 234-CV/BTGTU và Quyết định số "
        "367-QĐ/TWĐTN-VP.",
        [dict(kind="regulation", symbol="08-QĐI/TW"), dict(kind="plan", symbol="101-KH/TU"),
         dict(kind="official_letter", symbol="234-CV/BTGTU"), dict(kind="decision", symbol="367-QĐ/TWĐTN-VP")],
    ),
    (
        "Theo Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng và Kế hoạch số 94- "
        "KH/BTGDVTW, Nghị quyết số 15-NQ/TƯ.",
        [dict(kind="guideline", symbol="36-HD/VPTW", issued_on="2018-04-03", issuer="Văn phòng Trung ương Đảng"),
         dict(kind="plan", symbol="94-KH/BTGDVTW"), dict(kind="resolution", symbol="15-NQ/TW")],
    ),
    (
        # "TT" is a Thông tri in a Party symbol and a Thông tư in a state one; the word decides.
        "Thông tri số 10-TT/TW và Thông tư số 04/2020/TT-BNV ngày 18/12/2020 của Bộ Nội vụ.",
        [dict(kind="other", symbol="10-TT/TW"),
         dict(kind="circular", symbol="04/2020/TT-BNV", issued_on="2020-12-18", issuer="Bộ Nội vụ")],
    ),
    (
        # No type word: the code decides.
        "Theo 05-CT/TW, các cấp ủy đã xây dựng kế hoạch thực hiện.",
        [dict(kind="directive", symbol="05-CT/TW", text="05-CT/TW")],
    ),
    (
        "Quán triệt Nghị quyết số 35, 36 và 37-NQ/TW của Bộ Chính trị.",
        [dict(symbol="35-NQ/TW", text="Nghị quyết số 35", issuer="Bộ Chính trị"),
         dict(symbol="36-NQ/TW", text="36", kind="resolution"), dict(symbol="37-NQ/TW", text="37-NQ/TW")],
    ),
    (
        "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII "
        "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
        [dict(kind="conclusion", symbol="21-KL/TW", issued_on="2021-10-25", plenum=4, term="XIII",
              subject="về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị")],
    ),
    (
        "Ngày 15/3/2023, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Chỉ thị số 20-CT/TU về tăng cường sự lãnh đạo "
        "của Đảng đối với công tác này.",
        [dict(symbol="20-CT/TU", issuer="Ban Thường vụ Tỉnh ủy Nghệ An", issued_on="2023-03-15")],
    ),
    (
        "Ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại Công văn số 1740-CV/VPTW ngày 07/9/2021 về việc tổ "
        "chức kỷ niệm một số ngày lễ lớn.",
        [dict(kind="official_letter", symbol="1740-CV/VPTW", issuer="Ban Bí thư Trung ương Đảng",
              issued_on="2021-09-07", subject="về việc tổ chức kỷ niệm một số ngày lễ lớn")],
    ),
    (
        "Chương trình hành động số 25-CTr/TU ngày 10/1/2022 của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII.",
        [dict(kind="program", symbol="25-CTR/TU", issued_on="2022-01-10", issuer="Tỉnh ủy", subject=None),
         dict(kind="resolution", congress="XIII", symbol=None)],
    ),
]

STATE = [
    (
        "Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật An toàn thực phẩm;",
        [dict(kind="decree", symbol="15/2018/NĐ-CP", issued_on="2018-02-02", issuer="Chính phủ",
              subject="quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm"),
         dict(kind="law", text="Luật An toàn thực phẩm", symbol=None)],
    ),
    (
        "Thủ tướng Chính phủ đã ban hành Quyết định số 1147/QĐ-TTg.",
        [dict(kind="decision", symbol="1147/QĐ-TTG", issuer="Thủ tướng Chính phủ")],
    ),
    (
        "Thực hiện Công văn số 123/UBND-VX ngày 5/3/2021 của UBND tỉnh về việc tăng cường phòng, chống dịch.",
        [dict(kind="official_letter", symbol="123/UBND-VX", issued_on="2021-03-05", issuer="UBND tỉnh",
              subject="về việc tăng cường phòng, chống dịch")],
    ),
    (
        "Căn cứ Luật số 45/2019/QH14 và Nghị quyết số 06/2021/NQ-HĐND; Nghị định 15/2018/ND-CP, Quyết định "
        "số 12/QD-UBND.",
        [dict(kind="law", symbol="45/2019/QH14"), dict(kind="resolution", symbol="06/2021/NQ-HĐND"),
         dict(kind="decree", symbol="15/2018/NĐ-CP"), dict(kind="decision", symbol="12/QĐ-UBND")],
    ),
    (
        "Căn cứ Nghị quyết số\n83/2015/NQ-HĐND ngày 14/12/2015 của HĐND tỉnh về kế hoạch phát triển kinh tế -\n"
        "xã hội tỉnh Thái Nguyên giai đoạn 2016-2020;",
        [dict(kind="resolution", symbol="83/2015/NQ-HĐND", issued_on="2015-12-14", issuer="HĐND tỉnh",
              subject="về kế hoạch phát triển kinh tế - xã hội tỉnh Thái Nguyên giai đoạn 2016-2020")],
    ),
    (
        "Nghị quyết số 35/NQ-CP ngày 16 tháng 5 năm 2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp "
        "đến năm 2020 (gọi tắt là Nghị quyết số 35/NQ- CP), trong đó giao Bộ Nội vụ đôn đốc.",
        [dict(symbol="35/NQ-CP", issued_on="2016-05-16", issuer="Chính phủ",
              subject="về hỗ trợ và phát triển doanh nghiệp đến năm 2020"),
         dict(symbol="35/NQ-CP", text="Nghị quyết số 35/NQ- CP")],
    ),
    (
        "Căn cứ Nghị quyết số 629/2019/UBTVQH14 ngày 30 tháng 01 năm 2019 của Ủy ban Thường vụ Quốc hội hướng "
        "dẫn một số hoạt động của Hội đồng nhân dân;",
        [dict(symbol="629/2019/UBTVQH14", issued_on="2019-01-30", issuer="Ủy ban Thường vụ Quốc hội",
              subject="hướng dẫn một số hoạt động của Hội đồng nhân dân")],
    ),
    (
        "Theo đề nghị của Sở Tài chính tại Tờ trình số 2006/TTr-STC ngày 20/6/2017,",
        [dict(kind="other", symbol="2006/TTR-STC", issuer="Sở Tài chính", issued_on="2017-06-20")],
    ),
    (
        "Ngày 09/9/2020, Ủy ban nhân dân tỉnh đã có Công văn số 951/UBND-TH yêu cầu các sở chuẩn bị.",
        [dict(kind="official_letter", symbol="951/UBND-TH", issuer="Ủy ban nhân dân tỉnh", issued_on="2020-09-09")],
    ),
    (
        "Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi "
        "và phát triển kinh tế - xã hội.",
        [dict(kind="resolution", symbol="43/2022/QH15", issuer="Quốc hội")],
    ),
]

NAMES = [
    (
        "Hướng dẫn đầy đủ việc thực hiện Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn "
        "Đảng.",
        [dict(kind="resolution", plenum=4, term="XII", symbol=None, subject="về tăng cường xây dựng, chỉnh đốn Đảng")],
    ),
    (
        "Triển khai Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII và Nghị quyết Trung ương 4 "
        "(khóa XI, khóa XII).",
        [dict(plenum=8, term="XII"), dict(plenum=9, term="XII"), dict(plenum=4, term="XI"),
         dict(plenum=4, term="XII")],
    ),
    (
        "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục đổi mới.",
        [dict(kind="resolution", plenum=6, term="XIII")],
    ),
    (
        "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025.",
        [dict(kind="resolution", congress="XIII", issuer=None), dict(kind="resolution", congress="XVI")],
    ),
    (
        "Tổ chức thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ 13 của Đảng.",
        [dict(kind="resolution", congress="XIII")],
    ),
    (
        "Theo Hiến pháp năm 2013, Luật Đất đai năm 2013 và Điều lệ Đảng, Cương lĩnh xây dựng đất nước trong "
        "thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011).",
        [dict(kind="constitution", text="Hiến pháp năm 2013"), dict(kind="law", text="Luật Đất đai năm 2013"),
         dict(kind="charter", text="Điều lệ Đảng"),
         dict(kind="platform", text="Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội "
                                    "(bổ sung, phát triển năm 2011)")],
    ),
    (
        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
        "phương ngày 22 tháng 11 năm 2019;",
        [dict(kind="law", issued_on="2019-11-22",
              text="Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
         dict(kind="law", text="Luật Tổ chức Chính phủ", issued_on=None),
         dict(kind="law", text="Luật Tổ chức chính quyền địa phương", issued_on=None)],
    ),
    (
        "Căn cứ Luật Thực hành tiết kiệm, chống lãng phí ngày 26/11/2013; Bộ luật Hình sự năm 2015.",
        [dict(kind="law", text="Luật Thực hành tiết kiệm, chống lãng phí", issued_on="2013-11-26"),
         dict(kind="law", text="Bộ luật Hình sự năm 2015")],
    ),
    (
        # One entry per named document: the later short "Luật Đất đai" is the same law.
        "Quá trình thực hiện Luật Đất đai năm 2013 còn vướng mắc; việc sửa đổi Luật Đất đai cần chuẩn bị kỹ.",
        [dict(kind="law", text="Luật Đất đai năm 2013")],
    ),
    (
        "Theo Hiến pháp 2013, Luật Đất đai quy định rõ quyền của người sử dụng đất; Luật Khám bệnh, chữa bệnh.",
        [dict(kind="constitution", text="Hiến pháp 2013"), dict(kind="law", text="Luật Đất đai"),
         dict(kind="law", text="Luật Khám bệnh, chữa bệnh")],
    ),
    (
        "Quán triệt Nghị quyết TW4 khóa XII và Nghị quyết Đại hội Đảng bộ tỉnh khóa XVII.",
        [dict(kind="resolution", plenum=4, term="XII"), dict(kind="resolution", congress="XVII", term=None)],
    ),
    (
        "Quốc hội đã thông qua Luật Đất đai (sửa đổi) với 432/477 đại biểu tán thành.",
        [dict(kind="law", text="Luật Đất đai (sửa đổi)")],
    ),
    (
        "Giao Bộ Nội vụ triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020 "
        "và Kế hoạch cải cách hành chính nhà nước giai đoạn 2016 - 2020.",
        [dict(kind="program", text="Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020"),
         dict(kind="plan", text="Kế hoạch cải cách hành chính nhà nước giai đoạn 2016 - 2020")],
    ),
    (
        "Rà soát, thực hiện có hiệu quả Chương trình công tác 2023 của Hội Cựu chiến binh tỉnh, góp phần thực "
        "hiện thắng lợi các mục tiêu.",
        [dict(kind="program", text="Chương trình công tác 2023", issuer="Hội Cựu chiến binh tỉnh")],
    ),
    (
        "Hội nghị thông qua Dự thảo Báo cáo chính trị trình Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI; "
        "Dự thảo sửa đổi, bổ sung Điều lệ MTTQ Việt Nam khóa IX.",
        [dict(kind="report", congress="XI"), dict(kind="charter", term="IX", text="Điều lệ MTTQ Việt Nam khóa IX")],
    ),
    (
        "Hội nghị triển khai Nghị quyết của Quốc hội về nhiệm vụ năm 1999 của khu vực 15 tỉnh.",
        [dict(kind="resolution", issuer="Quốc hội", subject="về nhiệm vụ năm 1999",
              text="Nghị quyết của Quốc hội về nhiệm vụ năm 1999")],
    ),
]

SHORT_FORMS = [
    (
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đã đi vào cuộc sống. Chỉ thị 05 tiếp tục được "
        "triển khai sâu rộng.",
        [dict(symbol="05-CT/TW", short_form=False),
         dict(text="Chỉ thị 05", symbol="05-CT/TW", number="05", short_form=True, issuer="Bộ Chính trị")],
    ),
    (
        # No full form in the text: the number alone.
        "Thực hiện Nghị quyết số 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.",
        [dict(kind="resolution", number="57", symbol=None, issuer="Bộ Chính trị")],
    ),
]

NOISE = [
    ("Thực hiện chỉ thị số 05-ct/tw của Bộ Chính trị.", [dict(kind="directive", symbol="05-CT/TW")]),
    ("Kết luận số 100-KL/TW ngày\n18/8/2014 của Ban Bí thư", [dict(symbol="100-KL/TW", issued_on="2014-08-18")]),
    ("Căn cứ Quyết định 2544/QĐ-TTg ngày\n30/12/2016 của Thủ tướng Chính phủ", [dict(symbol="2544/QĐ-TTG", issued_on="2016-12-30", issuer="Thủ tướng Chính phủ")]),
    ("Xét đề nghị tại Tờ\ntrình số 60/TTr-HĐND ngày 07 tháng 6 năm 2021", [dict(kind="other", symbol="60/TTR-HĐND", issued_on="2021-06-07")]),
    ("Theo Quyết định số 84 QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn", [dict(kind="decision", symbol="84-QĐ/TWĐTN")]),
]

NEGATIVES = [
    # Generic talk of documents.
    "Kịp thời tham mưu cho cấp ủy triển khai thực hiện đầy đủ các nghị quyết, chỉ thị của Trung ương, của tỉnh.",
    "Thu hồi, hủy bỏ các nghị quyết, quyết định không đúng quy định về công tác cán bộ.",
    "Thực hiện theo kế hoạch của UBND huyện và nghị quyết của HĐND huyện đề ra.",
    "Ban Thường vụ đã vi phạm nguyên tắc tập trung dân chủ, Quy chế làm việc và các quy định của Đảng.",
    "Ước kết quả thực hiện các chỉ tiêu năm 2020 theo Nghị quyết Hội đồng nhân dân tỉnh đề ra.",
    # Meetings are not documents.
    "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc.",
    "Hội nghị Trung ương 8 khóa XII thảo luận nhiều nội dung quan trọng.",
    # A lower-case "nghị quyết Trung ương 8" with no term is not sure to be one document.
    "Thực hiện các nghị quyết của Trung ương và nghị quyết Trung ương 8 tại địa phương.",
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 đã thành công tốt đẹp.",
    # Numbers that are not symbols: money, phone numbers, dates, ratios, durations.
    "Hỗ trợ 500.000 đồng/người, liên hệ số 0912-345-678, ngày 15/5/2016, tỷ lệ 95/100, giai đoạn 2021-2025.",
    "Kế hoạch 5 năm 2021-2025 được xây dựng từ sớm.",
    # Lawyers and law schools.
    "Luật sư Nguyễn Văn A, giảng viên Trường Đại học Luật Hà Nội, cho biết.",
    # A slash between a number and capitals is not enough on its own; reporters and shows are not documents.
    "Đoạn Km 15/QL1A bị sạt lở nghiêm trọng.",
    "Đội ngũ Báo cáo viên năm 2023 được bồi dưỡng; tham gia Chương trình nghệ thuật chào mừng năm 2024.",
    # A bare constitution without year, a headline-style type word opening a line.
    "Mọi hoạt động phải tuân thủ Hiến pháp và pháp luật.",
    "Hướng dẫn tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt",
    # baohagiang.vn: counted documents named by their period are several documents, not one.
    "Ủy ban Trung ương MTTQ Việt Nam đã triển khai, quán triệt 5 Chương trình hành động của MTTQ Việt Nam trong "
    "nhiệm kỳ 2019 – 2024.",
    "Các địa phương thực hiện các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025.",
]


# Misses found on real sentences outside the dev set (public news and government pages).
REAL = [
    (
        # A joint (liên tịch) symbol: "/" after the type code, a space after a hyphen, a 13-letter issuer code.
        "Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội-Chính "
        "phủ-Đoàn chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết việc tổ chức tiếp xúc cử "
        "tri của đại biểu Quốc hội và đại biểu HĐND các cấp vừa được ký ban hành.",
        [dict(kind="resolution", number="72", symbol="72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN",
              text="Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN",
              issuer="Ủy ban Thường vụ Quốc hội-Chính phủ-Đoàn chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
              subject="quy định chi tiết việc tổ chức tiếp xúc cử tri của đại biểu Quốc hội và đại biểu HĐND các cấp")],
    ),
    (
        "Đáp: Theo Điều 30, Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN, ngày 20.2.2025 quy "
        "định chi tiết việc tổ chức tiếp xúc cử tri của ĐBQH và đại biểu HĐND các cấp, căn cứ vào nội dung, "
        "chương trình kỳ họp Quốc hội, Đoàn ĐBQH tổ chức để ĐBQH tiếp xúc với cử tri.",
        [dict(symbol="72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", issued_on="2025-02-20",
              subject="quy định chi tiết việc tổ chức tiếp xúc cử tri của ĐBQH và đại biểu HĐND các cấp")],
    ),
    (
        "Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC và Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN "
        "ngày 17/4/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
        [dict(kind="circular", number="01", symbol="01/2015/TTLT-BNV-BTC"),
         dict(kind="resolution", number="09", symbol="09/2008/NQLT-CP-UBTWMTTQVN", issued_on="2008-04-17",
              issuer="Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")],
    ),
    (
        "Xem Thông tư liên tịch số 90/2009/TTLT-BTC-BNV ngày 06/5/2009 của Liên bộ Tài chính - Nội vụ tại đây và "
        "Thông tư liên tịch số 05/2009/TTLT-BKHĐT-BNV ngày 05/8/2009 của Liên bộ Kế hoạch và Đầu tư - Nội vụ tại đây",
        [dict(kind="circular", symbol="90/2009/TTLT-BTC-BNV", issued_on="2009-05-06",
              issuer="Liên bộ Tài chính - Nội vụ"),
         dict(kind="circular", symbol="05/2009/TTLT-BKHĐT-BNV", issued_on="2009-08-05",
              issuer="Liên bộ Kế hoạch và Đầu tư - Nội vụ")],
    ),
    (
        "Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH ngày 27 tháng 5 năm 2010 của Bộ Nội vụ - Bộ Tài chính "
        "- Bộ Lao động Thương binh & Xã hội",
        [dict(kind="circular", symbol="03/2010/TTLT-BNV-BTC-BLĐTB&XH", issued_on="2010-05-27",
              issuer="Bộ Nội vụ - Bộ Tài chính - Bộ Lao động Thương binh & Xã hội")],
    ),
    (
        # A joint issuer listed with a comma.
        "Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp "
        "tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025, …",
        [dict(kind="conclusion", symbol="126-KL/TW", issued_on="2025-02-14", issuer="Bộ Chính trị, Ban Bí thư",
              subject="về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính "
                      "trị năm 2025")],
    ),
    (
        "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký Kết luận số 126-KL/TW ngày 14/2/2025 của "
        "Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ "
        "thống chính trị năm 2025.",
        [dict(symbol="126-KL/TW", issued_on="2025-02-14", issuer="Bộ Chính trị, Ban Bí thư",
              subject="về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính "
                      "trị năm 2025")],
    ),
    (
        # … but a comma before a new clause keeps the first body alone.
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU.",
        [dict(symbol="05-CT/TW", issuer="Bộ Chính trị"), dict(symbol="12-KH/TU", issuer="Ban Thường vụ Tỉnh ủy")],
    ),
    (
        # "X khóa XIII đã ban hành …": the body is the issuer, its khóa the term.
        "Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động "
        "nguồn lực, …",
        [dict(symbol="10-NQ/TU", issuer="Ban Chấp hành Đảng bộ tỉnh", term="XIII", issued_on="2016-11-14",
              subject="về huy động nguồn lực")],
    ),
    (
        # A lower-case popular name made specific by its plenum and term; the generic one stays unreported.
        "triển khai thực hiện các nghị quyết của Trung ương, tỉnh gắn với nghị quyết Hội nghị Trung ương lần thứ "
        "11 của BCH Trung ương Đảng (khóa XIII)",
        [dict(kind="resolution", plenum=11, term="XIII", symbol=None,
              text="nghị quyết Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII)")],
    ),
    (
        "Tiếp tục quán triệt nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII, Nghị quyết Trung "
        "ương 5 khóa XII và Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII.",
        [dict(kind="resolution", plenum=5, term="XII"), dict(kind="resolution", plenum=5, term="XII"),
         dict(kind="resolution", plenum=5, term="XII")],
    ),
    (
        "Thực hiện Quyết định số 1528/QĐ-UBND ngày 05/10/2021 của Chủ tịch UBND tỉnh; Nghị định 100/2019/NĐ-CP "
        "ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và "
        "đường sắt.",
        [dict(kind="decision", symbol="1528/QĐ-UBND", issued_on="2021-10-05", issuer="Chủ tịch UBND tỉnh"),
         dict(kind="decree", number="100", symbol="100/2019/NĐ-CP", issued_on="2019-12-30", issuer="Chính phủ",
              subject="quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt")],
    ),
    (
        # A type word inside a body's name does not end the issuer.
        "Thông tư số 02/2017/TT-BKHĐT ngày 14/3/2017 của Bộ Kế hoạch và Đầu tư; Quyết định số 12/QĐ-STC của "
        "Phòng Tài chính - Kế hoạch huyện về việc cấp kinh phí.",
        [dict(symbol="02/2017/TT-BKHĐT", issuer="Bộ Kế hoạch và Đầu tư"),
         dict(symbol="12/QĐ-STC", issuer="Phòng Tài chính - Kế hoạch huyện", subject="về việc cấp kinh phí")],
    ),
    (
        # Law and ordinance names that hold a comma or a word that would end a name elsewhere.
        "Thực hiện Luật Phòng, chống tham nhũng năm 2018, Luật Đầu tư theo phương thức đối tác công tư và Pháp "
        "lệnh Ưu đãi người có công với cách mạng, tỉnh đã rà soát.",
        [dict(kind="law", text="Luật Phòng, chống tham nhũng năm 2018"),
         dict(kind="law", text="Luật Đầu tư theo phương thức đối tác công tư"),
         dict(kind="ordinance", text="Pháp lệnh Ưu đãi người có công với cách mạng")],
    ),
    (
        "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 13/11/2020; Luật Hỗ trợ "
        "doanh nghiệp nhỏ và vừa năm 2017; Luật Hòa giải, đối thoại tại Tòa án.",
        [dict(kind="law", text="Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
              issued_on="2020-11-13"),
         dict(kind="law", text="Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017"),
         dict(kind="law", text="Luật Hòa giải, đối thoại tại Tòa án")],
    ),
    (
        # The same words still end a name where the sentence goes on.
        "Luật Đất đai có tác động rất lớn; sửa Luật Nhà ở theo hướng mở.",
        [dict(kind="law", text="Luật Đất đai"), dict(kind="law", text="Luật Nhà ở")],
    ),
]


# Found by a generalisation audit on real texts the extractor had not seen.
AUDIT = [
    (
        # baomoi.com (Đồng Nai): a number with its date but no symbol, and a title in single quotes.
        "Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban "
        "Chấp hành Trung ương Đảng khóa XII về 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ "
        "thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả' trên địa bàn tỉnh.",
        [dict(kind="resolution", number="18", issued_on="2017-10-25", issuer="Ban Chấp hành Trung ương Đảng", term="XII",
              subject="Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
                      "hoạt động hiệu lực, hiệu quả")],
    ),
    (
        # cuuchienbinh.vn: a title in curly single quotes.
        "Tiếp tục quán triệt thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 về ‘Tăng cường sự lãnh đạo của Đảng đối "
        "với công tác phòng chống tội phạm trong tình hình mới’ của Bộ Chính trị.",
        [dict(symbol="48-CT/TW", issued_on="2010-10-22",
              subject="Tăng cường sự lãnh đạo của Đảng đối với công tác phòng chống tội phạm trong tình hình mới")],
    ),
    (
        # hoinongdanag.org.vn: the title follows the issuer without "về"; the issuer ends before its verb.
        "Thực hiện Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm 110 "
        "năm Ngày sinh đồng chí Chu Huy Mân.",
        [dict(symbol="96-HD/BTGTW", issued_on="2023-02-22", issuer="Ban Tuyên giáo Trung ương")],
    ),
    (
        # phapluatcongdong.vn (Hải Dương), ls1.hethongphapluat.com (Điện Biên): a capitalised "Quy định" opens the title.
        "Căn cứ Nghị định số 53/2007/NĐ - CP ngày 04/4/2007 của Chính phủ Quy định xử phạt vi phạm hành chính trong "
        "lĩnh vực kế hoạch và đầu tư; Thông tư số 206/2015/TT-BTC ngày 24 tháng 12 năm 2015 của Bộ Tài chính Quy "
        "định về tổ chức thực hiện dự toán ngân sách nhà nước năm 2016;",
        [dict(symbol="53/2007/NĐ-CP", issuer="Chính phủ",
              subject="Quy định xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư"),
         dict(symbol="206/2015/TT-BTC", issuer="Bộ Tài chính",
              subject="Quy định về tổ chức thực hiện dự toán ngân sách nhà nước năm 2016")],
    ),
    (
        # bachthong.gov.vn: a hard-wrapped text breaks the issuer's name across lines.
        "Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về “công tác tuyên "
        "giáo năm 2020”; Kế hoạch số 157-KH/TU,\nngày 17/9/2019 của Ban Thường vụ Tỉnh ủy.",
        [dict(symbol="172-KH/TU", issuer="Ban Thường vụ Tỉnh ủy Bắc Kạn", subject="công tác tuyên giáo năm 2020"),
         dict(symbol="157-KH/TU", issued_on="2019-09-17", issuer="Ban Thường vụ Tỉnh ủy")],
    ),
    (
        # thvl.vn, quanlynhanuoc.vn: the sentence's own predicate ends the subject.
        "Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội XIII nêu rõ sẽ giảm khoảng "
        "5% số lượng ủy viên cấp tỉnh. Sau hơn 5 năm thực hiện Quy định số 101-QĐ/TW ngày 07/6/2012 về trách "
        "nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp đã có sự chuyển biến tích cực.",
        [dict(symbol="35-CT/TW", subject="về Đại hội Đảng bộ các cấp tiến tới Đại hội XIII"),
         dict(symbol="101-QĐ/TW", subject="về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp")],
    ),
    (
        # tapchimoitruong.vn, phapluatcongdong.vn: "hàng không" inside a law's name; "trên địa bàn" ends one.
        "Sửa đổi Luật Hàng không dân dụng Việt Nam. Ban hành quy định quản lý doanh nghiệp hoạt động theo Luật "
        "Doanh nghiệp trên địa bàn tỉnh Hải Dương.",
        [dict(kind="law", text="Luật Hàng không dân dụng Việt Nam"), dict(kind="law", text="Luật Doanh nghiệp")],
    ),
    (
        # phapluatcongdong.vn (Thừa Thiên Huế): the council's session stands between the issuer and the title.
        "Căn cứ Nghị quyết số 14/NQ-HĐND ngày 08 tháng 12 năm 2017 của Hội đồng nhân dân tỉnh khóa VII, kỳ họp thứ "
        "5 về dự toán ngân sách nhà nước tỉnh năm 2018;",
        [dict(symbol="14/NQ-HĐND", issued_on="2017-12-08", issuer="Hội đồng nhân dân tỉnh", term="VII",
              subject="về dự toán ngân sách nhà nước tỉnh năm 2018")],
    ),
    (
        # dangcongsan.vn (Lai Châu): the article's dateline on the line under a title is not the date of issue.
        "Họp cho ý kiến vào các văn bản tổng kết thực hiện Nghị quyết số 18-NQ/TW\n22/12/2024\nSáng 22/12, Tỉnh ủy "
        "tổ chức họp.",
        [dict(symbol="18-NQ/TW", issued_on=None)],
    ),
]


# Found by the second audit round (formal documents, mass organisations, army and police news).
AUDIT_2 = [
    (
        # vanbanphapluat.co (Nghị quyết 653/2019/UBTVQH14): a law's number follows its name.
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nCăn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;",
        [dict(kind="law", text="Luật Tổ chức Quốc hội", number="57", symbol="57/2014/QH13"),
         dict(kind="law", text="Luật Tổ chức chính quyền địa phương", symbol="77/2015/QH13")],
    ),
    (
        # The same law named again without its number is still that law; another year's law is not.
        "Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29 tháng 11 năm 2013; theo quy định của Luật Đất đai và Luật Đất "
        "đai năm 2024.",
        [dict(kind="law", symbol="45/2013/QH13"), dict(kind="law", symbol="45/2013/QH13"),
         dict(kind="law", text="Luật Đất đai năm 2024", symbol=None)],
    ),
    (
        # baomoi.com (QĐND, CAND): a police unit's code ends the symbol.
        "Tổng kết 10 năm thực hiện Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009 của Bộ Công an về “Xây dựng toàn diện "
        "Công an cấp huyện đáp ứng nhiệm vụ bảo vệ an ninh, trật tự trong tình hình mới”.",
        [dict(kind="directive", symbol="03/CT-BCA-X11", issued_on="2009-04-10", issuer="Bộ Công an",
              subject="Xây dựng toàn diện Công an cấp huyện đáp ứng nhiệm vụ bảo vệ an ninh, trật tự trong tình hình mới")],
    ),
    (
        # thuviennhadat.vn (Kế hoạch 1576/KH-UBND): the body issuing the plan opens the main clause.
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
        "một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển "
        "khai như sau:",
        [dict(symbol="61/2018/NĐ-CP", issued_on="2018-04-23", issuer="Chính phủ",
              subject="về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính")],
    ),
    (
        # Kết luận 127-KL/TW (mirrored on societynewstech.com): several bodies, then their verb.
        "Thực hiện Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ "
        "tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025, Bộ Chính trị, Ban Bí thư yêu cầu "
        "các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nội dung sau:",
        [dict(symbol="126-KL/TW", issued_on="2025-02-14", issuer="Bộ Chính trị, Ban Bí thư",
              subject="về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025")],
    ),
    (
        # thuvienphapluat.vn (Đắk Lắk): two decisions joined by "và" share the date and the issuer after them.
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành kèm "
        "theo Quy chế Giám sát và phản biện xã hội;",
        [dict(symbol="217-QĐ/TW", issued_on="2013-12-12", issuer="Bộ Chính trị"),
         dict(symbol="218-QĐ/TW", issued_on="2013-12-12", issuer="Bộ Chính trị")],
    ),
    (
        # hiephoiduabentre.vn: the plenum follows the symbol, with "của" before the committee.
        "Sau hơn 15 năm thực hiện Nghị quyết số 26-NQ/TW, Hội nghị lần thứ 7 của Ban Chấp hành Trung ương khóa X "
        "về nông nghiệp, nông dân, nông thôn.",
        [dict(symbol="26-NQ/TW", plenum=7, term="X", subject="về nông nghiệp, nông dân, nông thôn")],
    ),
    (
        # tinhdoanquangninh.vn: a second congress after "và" is not part of the first one's name.
        "Báo cáo về những nội dung quan trọng của Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII và Đại hội Đoàn "
        "tỉnh lần thứ XII, nhiệm kỳ 2022 – 2027.",
        [dict(kind="resolution", text="Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII", congress="XII")],
    ),
]


# Round 3 of the audit: party news, formal documents, mass organisations and councils.
AUDIT_3 = [
    (
        # langson.gov.vn: a title opened with a straight quote and closed with a curly one.
        "Đoàn kiểm tra tiến hành kiểm tra việc thực hiện Nghị quyết số 18-NQ/TW của Ban chấp hành Trung ương khóa "
        "XII \"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
        "hiệu lực, hiệu quả” tại Lạng Sơn.",
        [dict(symbol="18-NQ/TW", term="XII",
              subject="Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
                      "hoạt động hiệu lực, hiệu quả")],
    ),
    (
        # A mixed pair around a title holding a quote of its own: the inner pair is not the title's end.
        "Quán triệt Nghị quyết số 18-NQ/TW về “Một số vấn đề \"Sữa học đường\" tiếp tục\" tại tỉnh.",
        [dict(symbol="18-NQ/TW", subject='Một số vấn đề "Sữa học đường" tiếp tục')],
    ),
    (
        # vietnamplus.vn: a title opened with a curly quote and closed with a straight one.
        "gắn với thực hiện Kết luận số 64-KL/TW ngày 28/5/2013 của Ban Chấp hành Trung ương Khóa XI “Một số vấn đề "
        "về tiếp tục đổi mới, hoàn thiện hệ thống chính trị từ Trung ương đến cơ sở.\"\n",
        [dict(symbol="64-KL/TW", issued_on="2013-05-28", term="XI",
              subject="Một số vấn đề về tiếp tục đổi mới, hoàn thiện hệ thống chính trị từ Trung ương đến cơ sở")],
    ),
    (
        # baodanang.vn: the title ends at "; đồng thời", without the semicolon.
        "Ban Thường vụ Thành ủy tổ chức Hội nghị tổng kết 5 năm thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị "
        "(khóa XI) về tiếp tục đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh; đồng thời tuyên dương "
        "các điển hình tiêu biểu.",
        [dict(symbol="03-CT/TW", issuer="Bộ Chính trị", term="XI",
              subject="về tiếp tục đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh")],
    ),
    (
        # thuathienhue.gov.vn (A Lưới): a quoted title written with its comma inside the quotes.
        "Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng về \"Tiếp tục đẩy mạnh học tập và làm "
        "theo tấm gương đạo đức Hồ Chí Minh,\" Bộ Chính trị ban hành Chỉ thị số 05-CT/TW.",
        [dict(kind="resolution", congress="XII",
              subject="Tiếp tục đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh"),
         dict(symbol="05-CT/TW")],
    ),
    (
        # hethongphapluat.vn (Hướng dẫn 06-HD/UBKTTW): "như sau" closes the sentence, not the title; a party
        # regulation "thi hành" the Party's Charter is titled by that verb, and the issuer ends before it.
        "- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương "
        "VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng;\n\nỦy ban Kiểm tra Trung ương hướng dẫn "
        "thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ "
        "chức đảng vi phạm, như sau:",
        [dict(symbol="30-QĐ/TW", issued_on="2016-07-26", issuer="Ban Chấp hành Trung ương",
              subject="thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát, kỷ luật của Đảng"),
         dict(kind="charter", text="Điều lệ Đảng"),
         dict(symbol="07-QĐI/TW", issuer="Bộ Chính trị", subject="về xử lý kỷ luật tổ chức đảng vi phạm")],
    ),
    (
        # vphdnd.langson.gov.vn: an inspection decision names what it inspects right after its issuer.
        "Đoàn Kiểm tra đã công bố Quyết định số 1007-QĐ/TU ngày 04/8/2022 của Ban Thường vụ Tỉnh uỷ Lạng Sơn kiểm "
        "tra việc lãnh đạo, chỉ đạo thực hiện Chương trình số 01.",
        [dict(symbol="1007-QĐ/TU", issued_on="2022-08-04", issuer="Ban Thường vụ Tỉnh ủy Lạng Sơn"),
         dict(kind="program", number="01")],
    ),
    (
        # hochiminh.vn (Yên Định): "ở …" is where the directive was carried out, not part of its issuer.
        "Nổi bật trong thực hiện Chỉ thị 05-CT/TƯ của Bộ Chính trị ở Yên Định là công tác lãnh đạo, chỉ đạo.",
        [dict(symbol="05-CT/TW", issuer="Bộ Chính trị")],
    ),
    (
        # vietnamplus.vn: ", ngày 7/6, …" is the sentence's own time, the decision's title is over.
        "Thực hiện Quyết định số 721 ngày 29/3/2018 của Ban Bí thư về thành lập Đoàn kiểm tra của Ban Bí thư năm "
        "2018, ngày 7/6, Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn.",
        [dict(number="721", issued_on="2018-03-29", issuer="Ban Bí thư",
              subject="về thành lập Đoàn kiểm tra của Ban Bí thư năm 2018")],
    ),
    (
        # clbbtlt.blogspot.com (Thành đoàn Hà Nội): a charter's name ends before "và Kế hoạch số …".
        "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung "
        "ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp;",
        [dict(kind="charter", text="Điều lệ Đoàn TNCS Hồ Chí Minh"),
         dict(kind="plan", number="298", issued_on="2011-07-14")],
    ),
    (
        # baolangson.vn: "Kết luận Thanh tra số …" with the date of issue in brackets.
        "Trưởng đoàn Thanh tra đã công bố Kết luận Thanh tra số 289/TB-TTCP (ngày 27/2/2020) về việc thanh tra "
        "trách nhiệm của UBND tỉnh Lạng Sơn.",
        [dict(text="Kết luận Thanh tra số 289/TB-TTCP", symbol="289/TB-TTCP", issued_on="2020-02-27",
              subject="về việc thanh tra trách nhiệm của UBND tỉnh Lạng Sơn")],
    ),
    (
        # baolangson.vn: a plenum of a mass organisation's central committee, its term after the organisation.
        "Hội Nông dân tỉnh đã tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành "
        "Trung ương Hội Nông dân Việt Nam khóa VI.",
        [dict(kind="resolution", plenum=12, term="VI",
              text="Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI")],
    ),
    (
        # baolangson.vn: ", gồm:" opens the list of what the resolution is about, the title is over.
        "Lãnh đạo Hội đã quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt "
        "Nam khóa VI về việc thực hiện ba nhiệm vụ trọng tâm, gồm: bảo vệ quyền và lợi ích hợp pháp của nông dân.",
        [dict(plenum=12, term="VI", subject="về việc thực hiện ba nhiệm vụ trọng tâm")],
    ),
]


@pytest.mark.parametrize("text, expected", PARTY + STATE + NAMES + SHORT_FORMS + NOISE + REAL + AUDIT + AUDIT_2 + AUDIT_3)
def test_references(text, expected):
    check(refs(text), expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_reference(text):
    assert [r.text for r in refs(text)] == []


HEADER = """ỦY BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2191/QĐ-UBND
Thái Nguyên, ngày 21 tháng 7 năm 2017
QUYẾT ĐỊNH
BAN HÀNH CHƯƠNG TRÌNH THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ TỈNH THÁI
NGUYÊN GIAI ĐOẠN 2016-2020
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
"""

PARTY_HEADER = """TỈNH ỦY LẠNG SƠN
*
Số 15-NQ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 05 tháng 02 năm 2020
NGHỊ QUYẾT
VỀ PHÁT TRIỂN KINH TẾ CỬA KHẨU
"""


def test_a_formal_documents_own_number_counts_with_its_header():
    found = refs(HEADER)
    head = found[0]
    assert (head.text, head.kind, head.symbol, head.issued_on) == ("Số: 2191/QĐ-UBND", "decision", "2191/QĐ-UBND", "2017-07-21")
    assert head.issuer == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
    assert head.subject == "BAN HÀNH CHƯƠNG TRÌNH THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ TỈNH THÁI NGUYÊN GIAI ĐOẠN 2016-2020"
    assert [(r.kind, r.text, r.issued_on) for r in found[1:]] == [("law", "Luật Tổ chức chính quyền địa phương", "2015-06-19")]


WRAPPED_HEADER = """ỦY
BAN NHÂN DÂN
TỈNH QUẢNG NAM
--------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
14/2007/QĐ-UBND
|
Tam
Kỳ, ngày 19 tháng 6 năm 2007
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ
CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
"""


def test_a_header_whose_number_cell_wraps_after_so():
    # thuviennhadat.vn (Quảng Nam): a table header copied as text puts the symbol on the line under "Số:".
    head = refs(WRAPPED_HEADER)[0]
    assert (head.text, head.symbol, head.issued_on, head.issuer, head.subject) == (
        "Số:\n14/2007/QĐ-UBND", "14/2007/QĐ-UBND", "2007-06-19", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NÔNG NGHIỆP & PTNT TỈNH QUẢNG NAM")


def test_a_party_header_with_an_edition_note_on_its_type_line():
    # thuvienphapluat.vn: "QUY ĐỊNH (BỔ SUNG)" is still a Quy định.
    text = "BỘ CHÍNH TRỊ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 216-QĐ/TW\nHà Nội, ngày 01 tháng 4 năm 2009\nQUY ĐỊNH (BỔ SUNG)\nVỀ QUAN HỆ LÃNH ĐẠO\n"
    head = refs(text)[0]
    assert (head.kind, head.symbol, head.issuer, head.subject) == ("regulation", "216-QĐ/TW", "BỘ CHÍNH TRỊ", "VỀ QUAN HỆ LÃNH ĐẠO")


def test_a_party_header():
    head = refs(PARTY_HEADER)[0]
    assert (head.kind, head.symbol, head.issuer, head.issued_on, head.subject) == (
        "resolution", "15-NQ/TU", "TỈNH ỦY LẠNG SƠN", "2020-02-05", "VỀ PHÁT TRIỂN KINH TẾ CỬA KHẨU")


LETTER_HEADER = """UBND TỈNH LẠNG SƠN
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 123/SYT-NVY
V/v tăng cường công tác phòng, chống dịch bệnh
Lạng Sơn, ngày 05 tháng 02 năm 2020
Kính gửi: Các đơn vị trực thuộc.
"""


def test_a_letter_header_under_its_parent_body():
    head = refs(LETTER_HEADER)[0]
    assert (head.kind, head.symbol, head.issuer, head.issued_on, head.subject) == (
        "official_letter", "123/SYT-NVY", "SỞ Y TẾ", "2020-02-05", "tăng cường công tác phòng, chống dịch bệnh")


JOINT_HEADER = """BỘ TÀI CHÍNH-BỘ NỘI VỤ
Số: 71/2014/TTLT-BTC-BNV
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 30 tháng 5 năm 2014

THÔNG TƯ LIÊN TỊCH

Quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí

quản lý hành chính đối với các cơ quan nhà nước

__________________

Căn cứ Nghị định số 130/2005/NĐ-CP ngày 17 tháng 10 năm 2005 của Chính phủ quy định chế độ tự chủ;
"""


def test_a_joint_header_with_its_trich_yeu_in_lower_case():
    # Nghị định 30/2020/NĐ-CP: the type line in capitals, the trích yếu under it in lower case.
    head = refs(JOINT_HEADER)[0]
    assert (head.kind, head.symbol, head.issuer, head.issued_on, head.subject) == (
        "circular", "71/2014/TTLT-BTC-BNV", "BỘ TÀI CHÍNH-BỘ NỘI VỤ", "2014-05-30",
        "Quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính đối với các cơ quan "
        "nhà nước")


def test_offsets_point_into_the_callers_text():
    # NFD input, old tone style, a non-breaking space and Windows line ends.
    import unicodedata

    text = unicodedata.normalize("NFD", "Thực hiện Chỉ thị số\u00a005-CT/TW của Bộ Chính trị;\r\nKết luận số 01-KL/TW của Ban Bí thư khoá XIII.")
    found = refs(text)
    assert [r.symbol for r in found] == ["05-CT/TW", "01-KL/TW"]
    for r in found:
        assert text[r.start : r.end] == r.text
        if r.full_span:
            assert text[r.full_span.start : r.full_span.end] == r.full_span.text
    assert found[1].term == "XIII"


def test_extraction_is_fast_and_linear():
    texts = [text for _, text in dev_texts()]
    contexts = []
    for text in texts:
        source = SourceText.prepare(text)
        contexts.append(Context(source, read_layout(source)))
    size = sum(len(t.encode("utf-8")) for t in texts)
    started = time.process_time()
    for context in contexts:
        extract(context)
    seconds = time.process_time() - started
    assert size / max(seconds, 1e-9) > 0.5e6  # MB/s, with room for slow CI machines (measured ≈ 4 MB/s)
    # A long pathological text must not blow up: many type words, lists and open quotes.
    noisy = ("Nghị quyết số 1, 2, 3, 4, 5 và Luật “Chương trình Kế hoạch của Ban về " * 3000) + "Chỉ thị 05-CT/TW."
    source = SourceText.prepare(noisy)
    started = time.process_time()
    found = extract(Context(source, read_layout(source)))
    assert time.process_time() - started < 10
    assert found[-1].symbol == "05-CT/TW"


PARTY_PLAN_HEADER = """TỈNH ỦY BẮC NINH
*
Số 25-KH/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Ninh, ngày 12 tháng 3 năm 2021

KẾ HOẠCH
tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện
Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

Thực hiện Kế hoạch số 01-KH/TW, ngày 17/02/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:
"""


def test_a_party_header_with_its_trich_yeu_in_lower_case():
    # Hướng dẫn 36-HD/VPTW: party documents set the trích yếu in lower case under the type word.
    head = refs(PARTY_PLAN_HEADER)[0]
    assert (head.kind, head.symbol, head.issuer, head.issued_on) == ("plan", "25-KH/TU", "TỈNH ỦY BẮC NINH", "2021-03-12")
    assert head.subject == (
        "tổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện "
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    )


# ---------------------------------------------------------------- the fast paths read as the plain ones
def _variants() -> list[str]:
    """Dev texts and what makes the fast paths' shortcuts matter: capitals, line breaks, odd spaces, glued words."""
    texts = [text[:4000] for _, text in dev_texts()[:8]]
    odd = (
        "Nghị  quyết\nsố 35 và Quyết\u00a0định 1147/QĐ-TTg; quyết định; KẾT LUẬN 05 - KL / TW, 100 -KL/TW ngày 1/2/2020 "
        "x/Luật, _Luật, Bộ luật Hình sự, bộluật, 15/5/2016/NĐ-CP, 12 /2019/ QH14, 3/ UBND-VX, ΣΑΣ luật, İ Thông tư 05"
    )
    return texts + [t.upper() for t in texts[:2]] + [t.replace(" ", "\n") for t in texts[:2]] + [odd]


def _reader(text: str):
    from tuyengiao import references

    source = SourceText.prepare(text)
    return references, references._Reader(Context(source, read_layout(source)))


def test_symbols_are_the_pattern_s_matches():
    for text in _variants():
        references, reader = _reader(text)
        expected = [m.span() for m in references._grammar().symbol.finditer(reader.text)]
        assert [m.span() for m in reader._symbol_matches()] == expected


def test_type_words_are_those_a_search_of_each_first_syllable_finds():
    for text in _variants():
        references, reader = _reader(text)
        # Lower case, letter for letter ("İ" lower-cased is two characters: it is kept as it is).
        low, found = "".join(c if len(c.lower()) != 1 else c.lower() for c in reader.text), []
        for syllable in sorted({word.split()[0] for word in references._grammar().kinds}):  # each first syllable
            at = low.find(syllable)
            while at >= 0:
                m = references._grammar().type_word.match(low, at)
                if m and (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "/_")):
                    found.append((at, m.end(), reader.text[at : m.end()]))
                at = low.find(syllable, at + 1)
        assert reader.type_words == sorted(found)


def test_phrases_are_read_as_starts_with_words_reads_them():
    for text in _variants():
        references, reader = _reader(text)
        for phrases in (reader.w["subject_verbs"], reader.w["issuer_stop_phrases"], references._org_heads_lower(), ("và", "gắn với")):
            for pos in range(0, len(reader.text) + 1, 3):
                assert reader._starts_with(pos, phrases) == references._starts_with_words(reader.text, pos, phrases)


def test_a_header_naming_its_type_before_the_number():
    # vanbanphapluat.co: legal-document sites write "Nghị quyết số:" where the document has "Số:".
    text = ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\n\nNghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\n\n"
            "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021\n\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    found = refs(text)
    head = found[0]
    assert (head.symbol, head.issuer, head.issued_on, head.subject) == (
        "653/2019/UBTVQH14", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "2019-03-12",
        "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021")
    assert [r.symbol for r in found].count("653/2019/UBTVQH14") == 1
    # A body line opening with a numbered document is not a header.
    body = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh Quảng Trị.\n"
    assert not any(r.issuer == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" for r in refs(body))


def test_a_joint_header_whose_symbol_has_two_slashes():
    # thuvienphapluat.vn (Đắk Lắk): a joint quy chế, its period wrapped to a line of its own.
    text = ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 01/QCPH/UBND-UBMTTQ\n|\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n"
            "|\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH GIAI ĐOẠN\n2017-2021\nCăn cứ Luật Mặt trận Tổ quốc "
            "Việt Nam ngày 09/6/2015;\n")
    head = refs(text)[0]
    assert (head.symbol, head.issued_on, head.subject) == (
        "01/QCPH/UBND-UBMTTQ", "2017-10-27", "PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH GIAI ĐOẠN 2017-2021")


def test_a_party_header_with_its_dateline_above_the_number():
    # soxaydung.hatinh.gov.vn: the dateline stands between the body and the number.
    text = ("TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 "
            "năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền kỷ niệm\n")
    head = refs(text)[0]
    assert (head.symbol, head.issuer, head.issued_on) == ("369-CV/BTGTU", "BAN TUYÊN GIÁO", "2021-06-15")


def test_a_plenum_s_conclusion_header_has_its_trich_yeu_under_the_committee():
    # text.123docz.net (Thừa Thiên Huế): "KẾT LUẬN / HỘI NGHỊ LẦN THỨ BẢY / BAN CHẤP HÀNH … / về …".
    text = ("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\n"
            "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)\nvề xây dựng hệ thống kết cấu hạ "
            "tầng đồng bộ đến năm 2025,\nđịnh hướng đến năm 2030\nHội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh "
            "(khóa XVI) họp\nngày 26/4/2022 đã thảo luận và kết luận:\n")
    head = refs(text)[0]
    assert (head.kind, head.issuer, head.subject) == (
        "conclusion", "TỈNH ỦY THỪA THIÊN HUẾ",
        "về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030")


def test_a_law_name_ends_before_a_proposing_verb():
    # mekongasean.vn: the law is the sentence's subject and "đề xuất" its verb.
    text = ("Luật sửa đổi, bổ sung một số điều Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND đề xuất rút ngắn "
            "thời gian thực hiện quy trình, thủ tục bầu cử.")
    assert [r.text for r in refs(text)][-1] == "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"


def test_an_issuer_ends_before_cu_the_hoa():
    # nhandan.vn: "Kế hoạch 460 của Đoàn cụ thể hóa Kết luận 21 của Đảng".
    text = "Trong Kế hoạch 460 của Đoàn cụ thể hóa Kết luận 21 của Đảng, đoàn viên trẻ được coi là đối tượng trung tâm."
    check(refs(text), [{"text": "Kế hoạch 460", "issuer": "Đoàn"}, {"text": "Kết luận 21", "issuer": "Đảng"}])


def test_a_law_name_ends_at_a_date_glued_to_its_word():
    # luatminhkhue.vn (Long An): the site drops the space after "ngày".
    text = "Căn cứ Luật Xây dựng ngày26/11/2003;\n\nCăn cứ Nghị định số 15/2013/NĐ-CP ngày 06/02/2013 của Chính phủ;"
    assert refs(text)[0].text == "Luật Xây dựng"


def test_the_law_on_complaints_and_denunciations_keeps_its_comma():
    # luatminhkhue.vn (Khánh Hòa): "Luật Khiếu nại, tố cáo" is one law.
    text = ("Căn cứ Luật Khiếu nại, tố cáo năm 1998; Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo "
            "năm 2004;")
    assert [r.text for r in refs(text)][:2] == [
        "Luật Khiếu nại, tố cáo năm 1998", "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo năm 2004"]


def test_a_youth_union_header_without_the_state_motto():
    # thieunhivietnam.vn: the Central Committee's body and "ĐOÀN TNCS HỒ CHÍ MINH" share a line, and the
    # number shares its line with the dateline.
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG                                   ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
            "   Số: 225 - KH/TWĐTN-CTTN                              Hà Nội, ngày 16 tháng 5 năm 2024\n\n"
            "KẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n\n"
            "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024;\n")
    head = refs(text)[0]
    assert (head.symbol, head.issuer, head.issued_on, head.subject) == (
        "225-KH/TWĐTN-CTTN", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "2024-05-16",
        "Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024")


def test_a_provincial_youth_union_header_keeps_its_own_body():
    # The motto cell "ĐOÀN TNCS HỒ CHÍ MINH" beside the province's body is not part of the issuer.
    text = ("TỈNH ĐOÀN LẠNG SƠN | ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 12-KH/TĐTN-TG | Lạng Sơn, ngày 3 tháng 2 năm 2023\n"
            "KẾ HOẠCH\nTuyên truyền kỷ niệm 92 năm Ngày thành lập Đoàn\n")
    head = refs(text)[0]
    assert (head.symbol, head.issuer, head.issued_on) == ("12-KH/TĐTN-TG", "TỈNH ĐOÀN LẠNG SƠN", "2023-02-03")


def test_a_resolution_of_every_levels_congress_is_not_one_document():
    # doanthanhnien.hoabinh.gov.vn: "Nghị quyết Đại hội đoàn các cấp" speaks of every level's congress.
    text = ("BTV Thành đoàn tổ chức Hội nghị triển khai học tập Nghị quyết Đại hội Đại biểu toàn quốc Đoàn TNCS "
            "Hồ Chí Minh lần thứ XI và Nghị quyết Đại hội đoàn các cấp nhiệm kỳ 2017 - 2022.")
    assert [(r.text, r.congress) for r in refs(text)] == [
        ("Nghị quyết Đại hội Đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XI", "XI")]


def test_a_count_after_a_symbol_is_not_another_number():
    # vienthongke.vn: "Chỉ thị 05-CT/TW và 323 tập thể" counts people, it lists no second directive.
    text = ("Tham dự có các đồng chí cán bộ chuyên trách thực hiện Chỉ thị 05-CT/TW và 323 tập thể, cá nhân "
            "điển hình tiêu biểu.")
    assert [r.symbol for r in refs(text)] == ["05-CT/TW"]


def test_a_header_issuer_stops_at_the_page_stamp_above_it():
    # quochoi.vn: the page's headline and date stamp sit above the copied report's header.
    text = ("BÁO CÁO KẾT QUẢ GIÁM SÁT VIỆC GIẢI QUYẾT, TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI GỬI ĐẾN KỲ HỌP THỨ 7, "
            "QUỐC HỘI KHÓA XIV\n\n21/10/2019\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nSố:  459/BC-UBTVQH14\n\n"
            "  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n   Ðộc lập - Tự do - Hạnh phúc\n\n"
            "              Hà Nội, ngày 18 tháng 10 năm 2019\n\nBÁO CÁO\n\n"
            "Kết quả giám sát việc giải quyết, trả lời kiến nghị của cử tri gửi đến kỳ họp thứ 7\n")
    head = refs(text)[0]
    assert (head.symbol, head.issuer) == ("459/BC-UBTVQH14", "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
